package cn.helituan.domain.demand;

/** How urgent a demand is: 一般, 较急, 紧急. */
public enum Urgency {
    NORMAL,
    URGENT,
    VERY_URGENT
}
