package cn.helituan.domain.plan;

/**
 * The plan list's filter after scope: the year, the groups under {@code pathPrefix} (null: whole deployment), one
 * status, or {@code missing} (no plan, or one not handed in).
 */
public record PlanFilter(int year, String pathPrefix, PlanStatus status, boolean missing) {
}
