package cn.helituan.persistence.history;

import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import cn.helituan.persistence.common.PostgresKeyedReads;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads {@code record_history}, grouping the rows of one save (same time and user) into one entry. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JdbcHistory implements History {

    private static final int MAX_ROWS = 500;

    /**
     * Each type's newest MAX_ROWS rows of the records asked ({@code %s}: the types' conditions), newest first: a year of
     * a part's saves never pushes the record's own history out. The person's name of the user who saved it (a user
     * name without an account stays as it is: "system").
     */
    private static final String SELECT = "select * from (select h.id, h.entity_type, h.entity_id, h.action, h.field,"
            + " h.old_value, h.new_value, h.changed_at, h.changed_by,"
            + " coalesce(a.display_name, h.changed_by) as changed_by_name,"
            + " row_number() over (partition by h.entity_type order by h.changed_at desc, h.id desc) as nth"
            + " from record_history h left join account a on lower(a.username) = lower(h.changed_by)"
            + " where %s) h where h.nth <= ? order by h.changed_at desc, h.id desc";

    private final JdbcTemplate jdbc;
    private final PostgresKeyedReads keyedReads;

    @Override
    public List<HistoryEntry> of(Class<?> type, long id) {
        return of(type, List.of(id));
    }

    @Override
    public List<HistoryEntry> of(Class<?> type, Collection<Long> ids) {
        return of(Map.of(type, ids)).stream().map(TypedEntry::entry).toList();
    }

    /** The rows of one save of one record (same type, record, time, user, action) make one entry. */
    @Override
    public List<TypedEntry> of(Map<Class<?>, ? extends Collection<Long>> records) {
        StringJoiner which = new StringJoiner(" or ", "(", ")");
        List<Object> args = new ArrayList<>();
        records.forEach((type, ids) -> {
            if (!ids.isEmpty()) {
                which.add("h.entity_type = ? and h.entity_id = any(?)");
                args.add(type.getSimpleName());
                args.add(ids.toArray(Long[]::new));
            }
        });
        if (args.isEmpty()) {
            return List.of();
        }
        args.add(MAX_ROWS);
        List<TypedEntry> entries = new ArrayList<>();
        // with its kept plan: PostgreSQL planned it anew for each call's ids, eight times longer than it ran
        return keyedReads.forStatement(() -> {
            jdbc.query(SELECT.formatted(which), rs -> {
                String type = rs.getString("entity_type");
                TypedEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
                if (last == null || !last.type().equals(type) || !sameSave(last.entry(), rs)) {
                    last = new TypedEntry(type, entry(rs));
                    entries.add(last);
                }
                addChange(last.entry(), rs);
            }, args.toArray());
            return entries;
        });
    }

    private static boolean sameSave(HistoryEntry last, ResultSet rs) throws SQLException {
        return last.recordId() == rs.getLong("entity_id") && last.at().equals(at(rs))
                && last.by().equals(rs.getString("changed_by")) && last.action().equals(rs.getString("action"));
    }

    private static HistoryEntry entry(ResultSet rs) throws SQLException {
        return new HistoryEntry(rs.getLong("entity_id"), at(rs), rs.getString("changed_by"), rs.getString("action"),
                new ArrayList<>(), rs.getString("changed_by_name"));
    }

    private static void addChange(HistoryEntry entry, ResultSet rs) throws SQLException {
        if (rs.getString("field") != null) {
            entry.changes().add(new HistoryEntry.Change(rs.getString("field"), rs.getString("old_value"),
                    rs.getString("new_value")));
        }
    }

    private static Instant at(ResultSet rs) throws SQLException {
        return rs.getObject("changed_at", java.time.OffsetDateTime.class).toInstant();
    }
}
