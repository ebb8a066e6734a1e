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
        // the person's name of the user who saved it (a user name without an account stays as it is: "system")
        jdbc.query("select h.entity_id, h.action, h.field, h.old_value, h.new_value, h.changed_at, h.changed_by,"
                + " coalesce(a.display_name, h.changed_by) as changed_by_name from record_history h"
                + " left join account a on lower(a.username) = lower(h.changed_by)"
                + " where h.entity_type = ? and h." + which + " order by h.changed_at desc, h.id desc limit ?", rs -> {
            long entity = rs.getLong("entity_id");
            Instant at = rs.getObject("changed_at", java.time.OffsetDateTime.class).toInstant();
            String by = rs.getString("changed_by");
            String action = rs.getString("action");
            HistoryEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
            if (last == null || lastId[0] != entity || !last.at().equals(at) || !last.by().equals(by)
                    || !last.action().equals(action)) {
                last = new HistoryEntry(entity, at, by, action, new ArrayList<>(), rs.getString("changed_by_name"));
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
