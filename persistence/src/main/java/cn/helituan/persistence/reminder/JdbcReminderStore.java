package cn.helituan.persistence.reminder;

import cn.helituan.domain.reminder.Reminder;
import cn.helituan.domain.reminder.ReminderKind;
import cn.helituan.domain.reminder.ReminderLine;
import cn.helituan.domain.reminder.ReminderOutcome;
import cn.helituan.domain.reminder.ReminderStore;
import cn.helituan.persistence.common.SqlFiles;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The reminder table (V35) in plain SQL ({@code sql/reminder/reminders.sql}): set-based store, batched outcomes. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JdbcReminderStore implements ReminderStore {

    private static final Map<String, String> SQL = SqlFiles.parts("sql/reminder/reminders.sql");
    private static final String SEPARATOR = "\u001f";

    private final NamedParameterJdbcTemplate jdbc;

    @Override
    public List<Stored> storeNew(LocalDate day, Instant at, List<Reminder> due) {
        if (due.isEmpty()) {
            return List.of();
        }
        Map<String, Reminder> byKey = new HashMap<>();
        Long[] accounts = new Long[due.size()];
        String[] subjects = new String[due.size()];
        String[] kinds = new String[due.size()];
        String[] args = new String[due.size()];
        String[] links = new String[due.size()];
        for (int i = 0; i < due.size(); i++) {
            Reminder r = due.get(i);
            accounts[i] = r.accountId();
            subjects[i] = r.subject();
            kinds[i] = r.kind().name();
            args[i] = cn.helituan.domain.message.MessageArgs.joined(r.args());
            links[i] = r.link();
            byKey.put(r.accountId() + SEPARATOR + r.subject(), r);
        }
        return jdbc.getJdbcTemplate().execute((ConnectionCallback<List<Stored>>) con -> {
            try (PreparedStatement ps = con.prepareStatement(SQL.get("store"))) {
                ps.setDate(1, Date.valueOf(day));
                ps.setTimestamp(2, Timestamp.from(at));
                ps.setArray(3, con.createArrayOf("bigint", accounts));
                ps.setArray(4, con.createArrayOf("text", subjects));
                ps.setArray(5, con.createArrayOf("text", kinds));
                ps.setArray(6, con.createArrayOf("text", args));
                ps.setArray(7, con.createArrayOf("text", links));
                List<Stored> stored = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stored.add(new Stored(rs.getLong(1), byKey.get(rs.getLong(2) + SEPARATOR + rs.getString(3))));
                    }
                }
                return stored;
            }
        });
    }

    @Override
    public Map<Long, Recipient> recipients(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        Long[] ids = accountIds.toArray(Long[]::new);
        return jdbc.getJdbcTemplate().execute((ConnectionCallback<Map<Long, Recipient>>) con -> {
            try (PreparedStatement ps = con.prepareStatement(SQL.get("recipients"))) {
                ps.setArray(1, array(con, ids));
                Map<Long, Recipient> found = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getLong(1), new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    }
                }
                return found;
            }
        });
    }

    private static Array array(Connection con, Long[] ids) throws SQLException {
        return con.createArrayOf("bigint", ids);
    }

    @Override
    public void record(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        jdbc.getJdbcTemplate().batchUpdate(SQL.get("outcome"), deliveries, deliveries.size(), (ps, d) -> {
            ps.setString(1, d.outcome().name());
            ps.setString(2, d.channel());
            ps.setString(3, d.reason());
            ps.setTimestamp(4, Timestamp.from(d.at()));
            ps.setLong(5, d.id());
        });
    }

    @Override
    public Page<ReminderLine> page(String pathPrefix, LocalDate day, ReminderKind kind, Pageable pageable) {
        String from = SQL.get("from").replace("${day}", day == null ? "" : SQL.get("day"))
                .replace("${kind}", kind == null ? "" : SQL.get("kind"));
        MapSqlParameterSource params = new MapSqlParameterSource("prefix", pathPrefix)
                .addValue("like", pathPrefix + "%")
                .addValue("day", day == null ? null : Date.valueOf(day))
                .addValue("kind", kind == null ? null : kind.name())
                .addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        Long total = jdbc.queryForObject(SQL.get("count").replace("${from}", from), params, Long.class);
        List<ReminderLine> rows = total == null || total == 0 ? List.of()
                : jdbc.query(SQL.get("rows").replace("${from}", from), params, (rs, i) -> new ReminderLine(
                        rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getTimestamp(3).toInstant(),
                        ReminderKind.valueOf(rs.getString(4)), List.of((String[]) rs.getArray(5).getArray()),
                        rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9),
                        ReminderOutcome.valueOf(rs.getString(10)), rs.getString(11), rs.getString(12),
                        rs.getTimestamp(13) == null ? null : rs.getTimestamp(13).toInstant()));
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }
}
