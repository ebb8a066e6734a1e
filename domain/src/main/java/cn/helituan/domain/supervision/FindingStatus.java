package cn.helituan.domain.supervision;

/**
 * Where a finding's rectification (整改) stands: OPEN (waiting for the responsible group's answer), ANSWERED (the
 * correction reported, waiting for the inspector), RETURNED (not accepted, with a reason: to answer again), CLOSED
 * (accepted). Overdue is not a status: it follows from the deadline ({@link Finding#isOverdue}).
 */
public enum FindingStatus {
    OPEN,
    ANSWERED,
    RETURNED,
    CLOSED
}
