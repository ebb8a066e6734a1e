package cn.helituan.domain.station;

import java.math.BigDecimal;

/** A stationing's days of a month by {@link AttendanceKind}. */
public record AttendanceFigures(int present, int doubtful, int away, int leave, int absent) {

    /** The days the subsidy pays: present in the village and approved days away on duty. */
    public int subsidyDays() {
        return present + away;
    }

    /** The days due in the village: every counted day but leave (a cadre on leave is not due). */
    public int due() {
        return present + doubtful + away + absent;
    }

    /**
     * The attendance rate (出勤率) in per cent to one decimal, half up: the days that count (present, away on duty)
     * over the days due; null when none is due.
     */
    public BigDecimal rate() {
        return due() == 0 ? null : BigDecimal.valueOf(subsidyDays() * 100L)
                .divide(BigDecimal.valueOf(due()), 1, java.math.RoundingMode.HALF_UP);
    }

    public BigDecimal subsidy(BigDecimal perDay) {
        return perDay == null ? null : perDay.multiply(BigDecimal.valueOf(subsidyDays()));
    }

    public int of(AttendanceKind kind) {
        return switch (kind) {
            case PRESENT -> present;
            case DOUBTFUL -> doubtful;
            case AWAY -> away;
            case LEAVE -> leave;
            case ABSENT -> absent;
        };
    }

    /** As an approval keeps it: "present/doubtful/away/leave/absent". */
    public String text() {
        return present + "/" + doubtful + "/" + away + "/" + leave + "/" + absent;
    }

    public static AttendanceFigures parse(String text) {
        String[] p = text.split("/");
        return new AttendanceFigures(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]),
                Integer.parseInt(p[3]), Integer.parseInt(p[4]));
    }
}
