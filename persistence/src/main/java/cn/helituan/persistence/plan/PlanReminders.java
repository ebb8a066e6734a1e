package cn.helituan.persistence.plan;

import cn.helituan.domain.plan.PlanService;
import cn.helituan.domain.reminder.Reminder;
import cn.helituan.domain.reminder.ReminderKind;
import cn.helituan.domain.reminder.ReminderRule;
import cn.helituan.persistence.common.SqlFiles;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Plans before their deadline ({@link PlanService#deadline}, 31 March unless set): 7 days and 1 day before it, the
 * leader of each group whose plan of the year is not handed in (missing, a draft, given back). One statement.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlanReminders implements ReminderRule {

    static final List<Integer> DAYS_BEFORE = List.of(7, 1);
    private static final String SQL = SqlFiles.read("sql/plan/reminders.sql");

    private final PlanService plans;
    private final NamedParameterJdbcTemplate jdbc;

    @Override
    public List<Reminder> due(LocalDate day) {
        List<Reminder> due = new ArrayList<>();
        // a year's deadline may be set into the next year: this year's and next year's plans are asked
        for (int year = day.getYear() - 1; year <= day.getYear() + 1; year++) {
            LocalDate deadline = plans.deadline(year);
            long left = ChronoUnit.DAYS.between(day, deadline);
            if (!DAYS_BEFORE.contains((int) left)) {
                continue;
            }
            int y = year;
            due.addAll(jdbc.query(SQL, new MapSqlParameterSource("year", year), (rs, i) -> new Reminder(
                    rs.getLong(1), "plan-deadline:" + y + ":group:" + rs.getLong(2), ReminderKind.PLAN_DEADLINE,
                    List.of(rs.getString(3), String.valueOf(y), deadline.toString(), String.valueOf(left)),
                    "/plans/group/" + rs.getLong(2) + "?year=" + y)));
        }
        return due;
    }
}
