package cn.helituan.domain.plan;

/** The task list's filters: the year, a unit of the scope, a list (routine or key), only those not done. */
public record TaskQuery(int year, Long unitId, TaskKind kind, boolean open) {
}
