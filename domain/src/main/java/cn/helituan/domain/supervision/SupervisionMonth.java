package cn.helituan.domain.supervision;

import java.util.List;

/**
 * A month's supervision under a path, for the monthly notification: inspections done in the month, findings made in
 * it, those of them closed on or before their deadline, the findings overdue on the day it is counted (any month's:
 * not closed, deadline passed), the measures decided in the month; the findings by checklist item and the groups
 * with findings in the month or overdue ones.
 */
public record SupervisionMonth(long inspections, long findings, long rectifiedOnTime, long overdue, long measures,
                               List<Line> items, List<Line> groups) {

    /** An item's or a group's figures; {@code unitId} and {@code parentName} for a group only. */
    public record Line(Long unitId, String name, String parentName, long findings, long rectifiedOnTime,
                       long overdue) {
    }
}
