package cn.helituan.domain.station;

/**
 * What a day of a stationing counts as on the attendance sheet, in this order of precedence: a check-in in order
 * (present), a doubtful check-in, approved days away on duty, approved leave, or — a working day (Monday to Friday)
 * of the term up to today with none of these — absent. Other days (weekends, days to come) count as nothing.
 */
public enum AttendanceKind {
    PRESENT,
    DOUBTFUL,
    AWAY,
    LEAVE,
    ABSENT
}
