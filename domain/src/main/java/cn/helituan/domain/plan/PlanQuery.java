package cn.helituan.domain.plan;

/** The plan list's filters as the user chose them: the year, a unit of the scope, a status, or only those missing. */
public record PlanQuery(int year, Long unitId, PlanStatus status, boolean missing) {
}
