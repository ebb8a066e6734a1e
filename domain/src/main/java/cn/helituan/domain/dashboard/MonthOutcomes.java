package cn.helituan.domain.dashboard;

import java.time.YearMonth;

/** One month of the trend. */
public record MonthOutcomes(YearMonth month, Outcomes outcomes) {
}
