package cn.helituan.domain.activity;

/**
 * Where an activity stands: reported by the group, confirmed by every object it covers, disputed by one of them, or
 * withdrawn by its group (kept, with the reason).
 */
public enum ActivityStatus {
    REPORTED,
    CONFIRMED,
    DISPUTED,
    WITHDRAWN
}
