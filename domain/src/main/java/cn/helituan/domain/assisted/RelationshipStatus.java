package cn.helituan.domain.assisted;

/** Where a term of assistance stands: running, ended (with the day), or continued by a renewal. */
public enum RelationshipStatus {
    ACTIVE,
    ENDED,
    RENEWED
}
