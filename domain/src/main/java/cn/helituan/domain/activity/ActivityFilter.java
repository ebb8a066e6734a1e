package cn.helituan.domain.activity;

import cn.helituan.domain.assisted.AssistedKind;
import java.time.LocalDate;

/**
 * What the store reads for a list, the reader's scope already folded in: the groups under a path prefix ("" for the
 * whole deployment) or one group, and each of the query's own filters (null: any). A first secretary's filter is
 * their object, whatever the group, and the status they filter by is their object's own word on it
 * ({@code objectsOwnWord}: 已上报 = still to confirm by them, though the activity waits for no other object; the
 * withdrawn ones never), so the start page's 待确认 and the list it opens count the same activities.
 */
public record ActivityFilter(String pathPrefix, Long groupId, Long objectId, AssistedKind kind, LocalDate from,
                             LocalDate to, Long typeId, ActivityStatus status, Long projectId, boolean objectsOwnWord) {
}
