package cn.helituan.domain.demand;

/** What a resource's capacity counts: money (元), places (个名额), days (天) or items (件). */
public enum CapacityUnit {
    YUAN,
    PLACES,
    DAYS,
    ITEMS
}
