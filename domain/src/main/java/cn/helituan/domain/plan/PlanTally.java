package cn.helituan.domain.plan;

/**
 * The year's plans in a scope, for the dashboard: how many groups, how many plans were handed in and are waiting,
 * approved, and not handed in (no plan, a draft, a returned one); tasks done of all tasks.
 */
public record PlanTally(long groups, long submitted, long approved, long missing, long tasks, long tasksDone) {
}
