package cn.helituan.web.dashboard;

import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.dashboard.Period;
import cn.helituan.domain.dashboard.PeriodKind;
import java.time.DateTimeException;
import java.time.YearMonth;

/**
 * The dashboard's period as the address carries it, for the page and the API alike: {@code period} (YEAR, QUARTER,
 * MONTH, CUSTOM), {@code year}, {@code quarter} (1–4), {@code month} and the custom {@code from}/{@code to} as
 * {@code 2026-03}. What is missing falls back to this year, this quarter, this month; what cannot be read is a
 * {@link RuleViolation} on its field.
 */
public record PeriodParams(PeriodKind period, Integer year, Integer quarter, String month, String from, String to) {

    public Period resolve(YearMonth now) {
        PeriodKind kind = period == null ? PeriodKind.YEAR : period;
        int y = year == null ? now.getYear() : year;
        if (y < 2000 || y > 2100) {
            throw new RuleViolation("year", "dashboard.period.year");
        }
        return switch (kind) {
            case YEAR -> Period.year(y);
            case QUARTER -> Period.quarter(y, quarter == null ? (now.getMonthValue() + 2) / 3 : quarter);
            case MONTH -> Period.month(month(month, "month", now));
            case CUSTOM -> Period.custom(month(from, "from", now.withMonth(1)), month(to, "to", now));
        };
    }

    private static YearMonth month(String text, String field, YearMonth fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            YearMonth month = YearMonth.parse(text.trim());
            if (month.getYear() < 2000 || month.getYear() > 2100) {
                throw new RuleViolation(field, "dashboard.period.month");
            }
            return month;
        } catch (DateTimeException e) {
            throw new RuleViolation(field, "dashboard.period.month");
        }
    }
}
