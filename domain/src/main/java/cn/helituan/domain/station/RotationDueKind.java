package cn.helituan.domain.station;

/** The rotation list's two lists: terms ending within 90 days, cadres stationed longer than the rotation period. */
public enum RotationDueKind {
    ENDING,
    LONG
}
