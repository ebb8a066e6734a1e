package cn.helituan.persistence.activity;

import cn.helituan.domain.activity.LedgerLookups;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@link LedgerLookups} on V47's {@code ledger_title} index: the keys bound as three arrays and joined as rows, so
 * that each key is one probe of (title key, group, day) — three {@code = ANY} arrays would probe every combination.
 */
@Repository
class LedgerLookupsJdbc implements LedgerLookups {

    private static final String CANDIDATES = """
            select a.id, a.group_id, a.occurred_on, a.title,
                   (select o.object_id from activity_object o where o.activity_id = a.id order by o.id limit 1)
            from unnest(?::text[], ?::bigint[], ?::date[]) as k (title_key, group_id, day)
            join activity a on ledger_title(a.title) = k.title_key and a.group_id = k.group_id
                           and a.occurred_on = k.day
            where a.status <> 'WITHDRAWN'
            order by a.id""";

    private final JdbcTemplate jdbc;

    LedgerLookupsJdbc(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Candidate> candidates(Collection<Key> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.query(CANDIDATES, ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("text", keys.stream().map(Key::titleKey).toArray()));
            ps.setArray(2, ps.getConnection().createArrayOf("bigint", keys.stream().map(Key::groupId).toArray()));
            ps.setArray(3, ps.getConnection().createArrayOf("date",
                    keys.stream().map(k -> Date.valueOf(k.day())).toArray()));
        }, (rs, i) -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                (Long) rs.getObject(5)));
    }
}
