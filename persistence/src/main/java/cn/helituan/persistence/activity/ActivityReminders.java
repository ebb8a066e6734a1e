package cn.helituan.persistence.activity;

import cn.helituan.domain.reminder.Reminder;
import cn.helituan.domain.reminder.ReminderKind;
import cn.helituan.domain.reminder.ReminderRule;
import cn.helituan.persistence.common.SqlFiles;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reminders on silence: a group without activity for 30 days (then every 7 more while it stays silent) to its leader
 * and its sub-team's leader; a village whose activities have waited for its word 7 days (then every 7 more) to its
 * first secretary. Two statements for the whole deployment ({@code sql/activity/reminders.sql}).
 */
@Component
class ActivityReminders implements ReminderRule {

    private static final Map<String, String> SQL = SqlFiles.parts("sql/activity/reminders.sql");

    private final NamedParameterJdbcTemplate jdbc;
    private final String zone;

    ActivityReminders(NamedParameterJdbcTemplate jdbc, @Value("${helituan.time-zone:Asia/Shanghai}") String zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    @Override
    public List<Reminder> due(LocalDate day) {
        MapSqlParameterSource params = new MapSqlParameterSource("day", Date.valueOf(day)).addValue("zone", zone);
        List<Reminder> due = new ArrayList<>();
        due.addAll(jdbc.query(SQL.get("silent"), params, (rs, i) -> new Reminder(rs.getLong(1),
                "group-silent:group:" + rs.getLong(2), ReminderKind.GROUP_SILENT,
                List.of(rs.getString(3), String.valueOf(rs.getInt(4))), "/units/" + rs.getLong(2))));
        due.addAll(jdbc.query(SQL.get("unconfirmed"), params, (rs, i) -> new Reminder(rs.getLong(1),
                "village-unconfirmed:object:" + rs.getLong(2), ReminderKind.VILLAGE_UNCONFIRMED,
                List.of(rs.getString(3), String.valueOf(rs.getLong(4))), "/activities?status=REPORTED")));
        return due;
    }
}
