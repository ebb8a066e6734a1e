package cn.helituan.domain.supervision;

/** How serious a finding is. */
public enum Severity {
    MINOR,
    SERIOUS,
    GRAVE
}
