package cn.helituan.domain.demand;

import java.time.LocalDate;

/**
 * A resource list's filter after scope. {@code pathPrefix}: null for the whole deployment, else resources of groups
 * under the path, of members in one of them, and of work units (every group may draw on those). {@code memberId}: a
 * member's own. {@code availableOn}: only those not archived, with capacity left and available that day.
 */
public record ResourceFilter(String pathPrefix, Long memberId, Long groupId, Long categoryId, CapacityUnit unit,
                             LocalDate availableOn, boolean archived) {
}
