package cn.helituan.persistence.evaluation;

import cn.helituan.domain.reminder.Reminder;
import cn.helituan.domain.reminder.ReminderKind;
import cn.helituan.domain.reminder.ReminderRule;
import cn.helituan.persistence.common.SqlFiles;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An open round's deadline, 7 days and 1 day before it: the self-assessments not written (to the group's leader), the
 * ratings not given (to the paired object's account), the scores not given (to the reviewer). Three statements for
 * the whole deployment ({@code sql/evaluation/reminders.sql}).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EvaluationReminders implements ReminderRule {

    private static final Map<String, String> SQL = SqlFiles.parts("sql/evaluation/reminders.sql");

    private final NamedParameterJdbcTemplate jdbc;

    @Override
    public List<Reminder> due(LocalDate day) {
        MapSqlParameterSource params = new MapSqlParameterSource("d7", Date.valueOf(day.plusDays(7)))
                .addValue("d1", Date.valueOf(day.plusDays(1)));
        List<Reminder> due = new ArrayList<>();
        due.addAll(jdbc.query(SQL.get("self"), params, (rs, i) -> {
            LocalDate deadline = rs.getDate(4).toLocalDate();
            return new Reminder(rs.getLong(1), "evaluation-self:" + rs.getLong(2) + ":group:" + rs.getLong(5),
                    ReminderKind.EVALUATION_SELF, List.of(rs.getString(3), rs.getString(6), deadline.toString(),
                    left(day, deadline)), "/evaluations/" + rs.getLong(2) + "/groups/" + rs.getLong(5));
        }));
        due.addAll(jdbc.query(SQL.get("rating"), params, (rs, i) -> {
            LocalDate deadline = rs.getDate(4).toLocalDate();
            return new Reminder(rs.getLong(1), "evaluation-rating:" + rs.getLong(2) + ":object:" + rs.getLong(5),
                    ReminderKind.EVALUATION_RATING, List.of(rs.getString(3), rs.getString(6),
                    String.valueOf(rs.getLong(7)), deadline.toString(), left(day, deadline)),
                    "/evaluations/" + rs.getLong(2) + "/ratings");
        }));
        due.addAll(jdbc.query(SQL.get("score"), params, (rs, i) -> {
            LocalDate deadline = rs.getDate(4).toLocalDate();
            return new Reminder(rs.getLong(1), "evaluation-score:" + rs.getLong(2), ReminderKind.EVALUATION_SCORE,
                    List.of(rs.getString(3), String.valueOf(rs.getLong(5)), deadline.toString(), left(day, deadline)),
                    "/evaluations/" + rs.getLong(2));
        }));
        return due;
    }

    private static String left(LocalDate day, LocalDate deadline) {
        return String.valueOf(ChronoUnit.DAYS.between(day, deadline));
    }
}
