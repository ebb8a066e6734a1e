package cn.helituan.domain.evaluation;

/**
 * What attendance and supervision say of a group's year (the last four {@link Indicator}s): of the cadres stationed
 * in its villages while paired with it, the days that count (present, away on duty) and the days due (present,
 * doubtful, away, absent), as the monthly attendance sheets classify them, and the doubtful check-in days; its
 * inspections and findings of the year, the findings due (closed, or open past their deadline on the day counted)
 * and those closed by their deadline.
 */
public record Oversight(long attendanceCounted, long attendanceDue, long doubtfulDays, long inspections,
                        long findings, long findingsDue, long findingsOnTime) {

    /** A group with no stationed cadre and no inspection. */
    public static final Oversight NONE = new Oversight(0, 0, 0, 0, 0, 0, 0);

    /** Each figure's largest over the groups (the penalties' denominators). */
    static Oversight maxima(Iterable<Oversight> all) {
        long[] m = new long[7];
        for (Oversight o : all) {
            long[] v = {o.attendanceCounted, o.attendanceDue, o.doubtfulDays, o.inspections, o.findings,
                o.findingsDue, o.findingsOnTime};
            for (int i = 0; i < v.length; i++) {
                m[i] = Math.max(m[i], v[i]);
            }
        }
        return new Oversight(m[0], m[1], m[2], m[3], m[4], m[5], m[6]);
    }
}
