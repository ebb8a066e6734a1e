package cn.helituan.domain.station;

/** Why a stationed cadre is not in the village on a day they asked for: away on duty (外出公务) or on leave (请假). */
public enum AbsenceKind {
    /** Days worked away from the village: a meeting in the county, training, cross-town service. */
    AWAY,
    /** Leave (请假); ended early when the cadre reports back (销假). */
    LEAVE
}
