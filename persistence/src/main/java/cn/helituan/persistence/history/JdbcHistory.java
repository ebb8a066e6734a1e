package cn.helituan.persistence.history;

import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads {@code record_history}, grouping the rows of one save (same time and user) into one entry. */
@Repository
class JdbcHistory implements History {

    private static final int MAX_ROWS = 500;

    private final JdbcTemplate jdbc;

    JdbcHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<HistoryEntry> of(Class<?> type, long id) {
        List<HistoryEntry> entries = new ArrayList<>();
        jdbc.query("""
                select action, field, old_value, new_value, changed_at, changed_by from record_history
                where entity_type = ? and entity_id = ?
                order by changed_at desc, id desc limit ?""", rs -> {
            Instant at = rs.getObject("changed_at", java.time.OffsetDateTime.class).toInstant();
            String by = rs.getString("changed_by");
            String action = rs.getString("action");
            HistoryEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
            if (last == null || !last.at().equals(at) || !last.by().equals(by) || !last.action().equals(action)) {
                last = new HistoryEntry(at, by, action, new ArrayList<>());
                entries.add(last);
            }
            if (rs.getString("field") != null) {
                last.changes().add(new HistoryEntry.Change(rs.getString("field"), rs.getString("old_value"),
                        rs.getString("new_value")));
            }
        }, type.getSimpleName(), id, MAX_ROWS);
        return entries;
    }
}
