package cn.helituan.domain.dashboard;

import cn.helituan.domain.station.AttendanceFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The dashboard's stationed-cadre figures (驻村): of {@code day} — today for a period still running, the period's last
 * day for a past one (its "today") — the cadres stationed that day ({@code stationed}: the register's stationings in
 * force that day; a member has one at a time, so each person once), the check-ins of that day, and the attendance
 * sheet's totals of the day's month (its rate, {@link AttendanceFigures#rate()}). Each is the count of the list it
 * links to: {@code /stationings?on=day}, {@code /checkins/day?day=day}, {@code /attendance?month=month}.
 */
public record StationFigures(LocalDate day, YearMonth month, boolean today, long stationed, long checkIns,
                             AttendanceFigures attendance) {

    public BigDecimal rate() {
        return attendance.rate();
    }
}
