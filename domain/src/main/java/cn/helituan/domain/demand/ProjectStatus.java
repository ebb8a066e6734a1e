package cn.helituan.domain.demand;

/** Where a project stands: under way, done (its demand reported solved), or stopped (its demand unsolvable). */
public enum ProjectStatus {
    ACTIVE,
    DONE,
    STOPPED
}
