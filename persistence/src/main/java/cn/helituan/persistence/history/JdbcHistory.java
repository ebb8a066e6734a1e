package cn.helituan.persistence.history;

import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads {@code record_history}, grouping the rows of one save (same time and user) into one entry. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JdbcHistory implements History {

    private static final int MAX_ROWS = 500;

    private final JdbcTemplate jdbc;

    @Override
    public List<HistoryEntry> of(Class<?> type, long id) {
        return read("entity_id = ?", type, id);
    }

    @Override
    public List<HistoryEntry> of(Class<?> type, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return read("entity_id = any(?)", type, ids.toArray(Long[]::new));
    }

    /** The rows of one save of one record (same record, time, user, action) make one entry. */
    private List<HistoryEntry> read(String which, Class<?> type, Object ids) {
        List<HistoryEntry> entries = new ArrayList<>();
        long[] lastId = {-1};
        jdbc.query("select entity_id, action, field, old_value, new_value, changed_at, changed_by from record_history"
                + " where entity_type = ? and " + which + " order by changed_at desc, id desc limit ?", rs -> {
            long entity = rs.getLong("entity_id");
            Instant at = rs.getObject("changed_at", java.time.OffsetDateTime.class).toInstant();
            String by = rs.getString("changed_by");
            String action = rs.getString("action");
            HistoryEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
            if (last == null || lastId[0] != entity || !last.at().equals(at) || !last.by().equals(by)
                    || !last.action().equals(action)) {
                last = new HistoryEntry(entity, at, by, action, new ArrayList<>());
                entries.add(last);
                lastId[0] = entity;
            }
            if (rs.getString("field") != null) {
                last.changes().add(new HistoryEntry.Change(rs.getString("field"), rs.getString("old_value"),
                        rs.getString("new_value")));
            }
        }, type.getSimpleName(), ids, MAX_ROWS);
        return entries;
    }
}
