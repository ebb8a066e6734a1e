package cn.helituan.domain.plan;

import java.time.Instant;

/**
 * A group on the plan list with its plan for the year, if it has one: where it stands and how many of its tasks are
 * done. {@code planId} and {@code status} are null for a group that has not started its plan.
 */
public record PlanRow(long groupId, String groupName, String groupPath, Long planId, PlanStatus status,
                      Instant submittedAt, long tasks, long tasksDone) {

    /** Not handed in: no plan, or one still written or returned. */
    public boolean missing() {
        return status == null || status == PlanStatus.DRAFT || status == PlanStatus.RETURNED;
    }
}
