package cn.helituan.persistence.reminder;

import cn.helituan.domain.reminder.Reminder;
import cn.helituan.domain.reminder.ReminderKind;
import cn.helituan.domain.reminder.ReminderRule;
import cn.helituan.persistence.common.SqlFiles;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A pairing's term ending: 30 days and 7 days before its end date, the group's leader (to renew it or let it end).
 * Kept in the reminder feature because the pairings' feature ({@code assisted}) comes before it and cannot
 * implement its interface; one statement ({@code sql/reminder/terms.sql}).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TermEndingReminders implements ReminderRule {

    private static final String SQL = SqlFiles.read("sql/reminder/terms.sql");

    private final NamedParameterJdbcTemplate jdbc;

    @Override
    public List<Reminder> due(LocalDate day) {
        MapSqlParameterSource params = new MapSqlParameterSource("d30", Date.valueOf(day.plusDays(30)))
                .addValue("d7", Date.valueOf(day.plusDays(7)));
        return jdbc.query(SQL, params, (rs, i) -> {
            LocalDate ends = rs.getDate(5).toLocalDate();
            return new Reminder(rs.getLong(1), "term-ending:relationship:" + rs.getLong(2), ReminderKind.TERM_ENDING,
                    List.of(rs.getString(3), rs.getString(4), ends.toString(),
                            String.valueOf(ChronoUnit.DAYS.between(day, ends))),
                    "/relationships/" + rs.getLong(2));
        });
    }
}
