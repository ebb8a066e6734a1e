package cn.helituan.domain.evaluation;

/** The review screen's orders: the indicator score, the name, the reviewers' mean, the rating, or an indicator. */
public enum BoardSort {
    SCORE,
    NAME,
    REVIEWERS,
    RATING,
    INDICATOR_TASKS,
    INDICATOR_KEY_TASKS,
    INDICATOR_CONFIRMED_SHARE,
    INDICATOR_FUNDS_SECURED,
    INDICATOR_PROJECTS_INTRODUCED,
    INDICATOR_TRAININGS_HELD,
    INDICATOR_PEOPLE_TRAINED,
    INDICATOR_BENEFICIARIES,
    INDICATOR_PEOPLE_EMPLOYED,
    INDICATOR_DEMANDS_RESOLVED,
    INDICATOR_OVERDUE,
    INDICATOR_DISPUTED,
    INDICATOR_ATTENDANCE,
    INDICATOR_DOUBTFUL_CHECKINS,
    INDICATOR_FINDINGS,
    INDICATOR_RECTIFIED_ON_TIME;

    /** The indicator this order is by, or null. */
    public Indicator indicator() {
        return name().startsWith("INDICATOR_") ? Indicator.valueOf(name().substring("INDICATOR_".length())) : null;
    }

    public static BoardSort of(Indicator indicator) {
        return valueOf("INDICATOR_" + indicator.name());
    }
}
