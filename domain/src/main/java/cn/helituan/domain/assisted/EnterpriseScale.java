package cn.helituan.domain.assisted;

/** An enterprise's size class (大型, 中型, 小型, 微型). */
public enum EnterpriseScale {
    LARGE,
    MEDIUM,
    SMALL,
    MICRO
}
