package cn.helituan.domain.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A group's year as the record tells it: its plan's tasks (done: marked done or target reached), its activities and
 * their confirmed results (activity_tally), the demands of its paired objects raised in the year and those the raiser
 * confirmed resolved, the items past due (tasks, demands, projects), and what attendance and supervision say of it
 * ({@link Oversight}). For the round's largest values (the maxima) the same record holds each column's maximum.
 */
public record GroupIndicators(long groupId, long tasksPlanned, long tasksDone, long keyTasksPlanned, long keyTasksDone,
                              long activitiesReported, long activitiesConfirmed, long activitiesDisputed,
                              BigDecimal fundsSecured, BigDecimal projectsIntroduced, BigDecimal trainingsHeld,
                              BigDecimal peopleTrained, BigDecimal beneficiaries, BigDecimal peopleEmployed,
                              long demandsReceived, long demandsResolved, long overdue, Oversight oversight) {

    /** A group with no stationed cadre and no inspection. */
    public GroupIndicators(long groupId, long tasksPlanned, long tasksDone, long keyTasksPlanned, long keyTasksDone,
                           long activitiesReported, long activitiesConfirmed, long activitiesDisputed,
                           BigDecimal fundsSecured, BigDecimal projectsIntroduced, BigDecimal trainingsHeld,
                           BigDecimal peopleTrained, BigDecimal beneficiaries, BigDecimal peopleEmployed,
                           long demandsReceived, long demandsResolved, long overdue) {
        this(groupId, tasksPlanned, tasksDone, keyTasksPlanned, keyTasksDone, activitiesReported, activitiesConfirmed,
                activitiesDisputed, fundsSecured, projectsIntroduced, trainingsHeld, peopleTrained, beneficiaries,
                peopleEmployed, demandsReceived, demandsResolved, overdue, Oversight.NONE);
    }

    /**
     * The indicator's value: a share (0–1, four decimals) for a ratio, the amount or count otherwise; null where it
     * does not apply to the group (no key task planned, no demand received; attendance and doubtful check-ins without
     * a day due of a stationed cadre; findings without an inspection or a finding; rectification without a finding
     * due).
     */
    public BigDecimal value(Indicator indicator) {
        return switch (indicator) {
            case TASKS -> share(tasksDone, tasksPlanned, true);
            case KEY_TASKS -> share(keyTasksDone, keyTasksPlanned, false);
            case CONFIRMED_SHARE -> share(activitiesConfirmed, activitiesReported, true);
            case FUNDS_SECURED -> fundsSecured;
            case PROJECTS_INTRODUCED -> projectsIntroduced;
            case TRAININGS_HELD -> trainingsHeld;
            case PEOPLE_TRAINED -> peopleTrained;
            case BENEFICIARIES -> beneficiaries;
            case PEOPLE_EMPLOYED -> peopleEmployed;
            case DEMANDS_RESOLVED -> share(demandsResolved, demandsReceived, false);
            case OVERDUE -> BigDecimal.valueOf(overdue);
            case DISPUTED -> BigDecimal.valueOf(activitiesDisputed);
            case ATTENDANCE -> share(oversight.attendanceCounted(), oversight.attendanceDue(), false);
            case DOUBTFUL_CHECKINS -> oversight.attendanceDue() == 0 ? null
                    : BigDecimal.valueOf(oversight.doubtfulDays());
            case FINDINGS -> oversight.inspections() == 0 && oversight.findings() == 0 ? null
                    : BigDecimal.valueOf(oversight.findings());
            case RECTIFIED_ON_TIME -> share(oversight.findingsOnTime(), oversight.findingsDue(), false);
        };
    }

    /** The counts a ratio is made of ("3 / 4"), null for the other kinds. */
    public long[] ratio(Indicator indicator) {
        return switch (indicator) {
            case TASKS -> new long[] {tasksDone, tasksPlanned};
            case KEY_TASKS -> new long[] {keyTasksDone, keyTasksPlanned};
            case CONFIRMED_SHARE -> new long[] {activitiesConfirmed, activitiesReported};
            case DEMANDS_RESOLVED -> new long[] {demandsResolved, demandsReceived};
            case ATTENDANCE -> new long[] {oversight.attendanceCounted(), oversight.attendanceDue()};
            case RECTIFIED_ON_TIME -> new long[] {oversight.findingsOnTime(), oversight.findingsDue()};
            default -> null;
        };
    }

    /** done ÷ planned; with nothing planned 0 when the indicator still counts (no plan, no activity), else null. */
    private static BigDecimal share(long part, long whole, boolean countsWhenNone) {
        if (whole == 0) {
            return countsWhenNone ? BigDecimal.ZERO : null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
