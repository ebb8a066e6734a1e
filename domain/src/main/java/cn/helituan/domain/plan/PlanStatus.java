package cn.helituan.domain.plan;

/**
 * Where a year's plan stands: written (DRAFT), handed in (SUBMITTED), approved by the sub-team or the organization
 * department, or returned with a reason (RETURNED, written on and handed in again).
 */
public enum PlanStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED
}
