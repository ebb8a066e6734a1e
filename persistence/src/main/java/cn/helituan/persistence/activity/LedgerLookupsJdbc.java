package cn.helituan.persistence.activity;

import cn.helituan.domain.activity.LedgerLookups;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@link LedgerLookups} on V47's {@code ledger_title} index: arrays bound as one parameter each. */
@Repository
class LedgerLookupsJdbc implements LedgerLookups {

    private static final String CANDIDATES = """
            select a.id, a.group_id, a.occurred_on, a.title,
                   (select o.object_id from activity_object o where o.activity_id = a.id order by o.id limit 1)
            from activity a
            where ledger_title(a.title) = any (?) and a.group_id = any (?) and a.occurred_on = any (?)
              and a.status <> 'WITHDRAWN'
            order by a.id""";

    private final JdbcTemplate jdbc;

    LedgerLookupsJdbc(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Candidate> candidates(Collection<Long> groupIds, Collection<LocalDate> days,
                                      Collection<String> titleKeys) {
        if (groupIds.isEmpty() || days.isEmpty() || titleKeys.isEmpty()) {
            return List.of();
        }
        return jdbc.query(CANDIDATES, ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("text", titleKeys.toArray()));
            ps.setArray(2, ps.getConnection().createArrayOf("bigint", groupIds.toArray()));
            ps.setArray(3, ps.getConnection().createArrayOf("date",
                    days.stream().map(Date::valueOf).toArray()));
        }, (rs, i) -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                (Long) rs.getObject(5)));
    }
}
