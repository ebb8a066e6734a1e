package cn.helituan.domain.activity;

import cn.helituan.domain.assisted.AssistedKind;
import java.time.LocalDate;

/**
 * What the store reads for a list, the reader's scope already folded in: the groups under a path prefix ("" for the
 * whole deployment) or one group, and each of the query's own filters (null: any). A first secretary's filter is
 * their object, whatever the group.
 */
public record ActivityFilter(String pathPrefix, Long groupId, Long objectId, AssistedKind kind, LocalDate from,
                             LocalDate to, Long typeId, ActivityStatus status, Long projectId) {
}
