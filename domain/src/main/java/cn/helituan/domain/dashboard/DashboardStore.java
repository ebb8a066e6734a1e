package cn.helituan.domain.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The dashboard's reads. Activity figures come from the tallies kept by month for every unit (V22), so a scope's
 * figures are the rows of its root units: the scope's unit, or every team for the whole deployment.
 */
public interface DashboardStore {

    /** The units a scope's figures are kept on: its own unit, or every team when the path filter is "". */
    List<Long> roots(String pathFilter, Long unitId);

    List<MonthOutcomes> trend(List<Long> roots, YearMonth first, YearMonth last);

    /** The units directly under the roots with their figures, in the tree's order. */
    List<UnitOutcomes> byUnit(List<Long> roots, YearMonth first, YearMonth last);

    List<TypeCount> byType(List<Long> roots, YearMonth first, YearMonth last);

    /** How many activities a village disputes now, whatever their month. */
    long disputed(List<Long> roots);

    /** Sub-teams, groups, paired objects by kind, chains and active relationships under the path ("" for all). */
    Structure structure(String pathFilter, long members, java.time.LocalDate day);

    /** The groups without an activity since the day: the first {@code limit} of them, and how many in all. */
    record Silent(List<SilentGroup> first, long total) {
    }

    Silent silentGroups(String pathFilter, LocalDate since, int limit);
}
