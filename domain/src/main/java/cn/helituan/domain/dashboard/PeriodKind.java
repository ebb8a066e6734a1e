package cn.helituan.domain.dashboard;

/** How the dashboard's period was chosen: a calendar year, a quarter, a month, or a custom run of months. */
public enum PeriodKind {
    YEAR,
    QUARTER,
    MONTH,
    CUSTOM
}
