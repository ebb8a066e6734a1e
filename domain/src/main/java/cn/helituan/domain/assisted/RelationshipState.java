package cn.helituan.domain.assisted;

/**
 * Where a term stands on a day, from its dates and its status ({@link Relationship#stateOn}): not yet begun (its start
 * is after the day), in force (在期), past its end date without being ended or renewed (已到期), ended (by a user, the
 * day past), or renewed (the next term has taken over). The lists, record pages, filters and the dashboard read this,
 * never the stored status alone: a term whose end date has passed is not 在期 however its status reads.
 */
public enum RelationshipState {
    UPCOMING,
    CURRENT,
    EXPIRED,
    ENDED,
    RENEWED
}
