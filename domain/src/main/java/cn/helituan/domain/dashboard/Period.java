package cn.helituan.domain.dashboard;

import cn.helituan.domain.common.RuleViolation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The months the dashboard adds up, first and last included. Figures are kept by month (activity_tally), so a custom
 * period is a run of whole months too. The period's activities are those from {@link #from()} to {@link #to()}: the
 * activity list with those dates is the list behind every figure.
 */
public record Period(PeriodKind kind, YearMonth first, YearMonth last) {

    /** Custom periods longer than this are refused: the trend shows a bar a month. */
    public static final int MAX_MONTHS = 60;

    public Period {
        if (first.isAfter(last)) {
            throw new RuleViolation("to", "dashboard.period.order");
        }
        if (first.plusMonths(MAX_MONTHS).compareTo(last) <= 0) {
            throw new RuleViolation("to", "dashboard.period.tooLong");
        }
    }

    public static Period year(int year) {
        return new Period(PeriodKind.YEAR, YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new RuleViolation("quarter", "dashboard.period.quarter");
        }
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new Period(PeriodKind.QUARTER, first, first.plusMonths(2));
    }

    public static Period month(YearMonth month) {
        return new Period(PeriodKind.MONTH, month, month);
    }

    public static Period custom(YearMonth first, YearMonth last) {
        return new Period(PeriodKind.CUSTOM, first, last);
    }

    public LocalDate from() {
        return first.atDay(1);
    }

    public LocalDate to() {
        return last.atEndOfMonth();
    }

    /** The period's last year (the plan list the groups' figure opens). */
    public int planYear() {
        return last.getYear();
    }

    /** Every year the period touches, in order: the dashboard shows each one's plans (2022-06 … 2023-06: 2022, 2023). */
    public List<Integer> planYears() {
        List<Integer> years = new ArrayList<>();
        for (int y = first.getYear(); y <= last.getYear(); y++) {
            years.add(y);
        }
        return years;
    }

    /**
     * The day the structure is read on: the period's last day, or today while the period runs (a past period shows
     * the relationships in force at its end, not today's).
     */
    public LocalDate structureDay(LocalDate today) {
        return to().isBefore(today) ? to() : today;
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
