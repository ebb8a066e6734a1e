package cn.helituan.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.app.support.FullStackTest;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.team.UnitService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tallies (V22) always equal a direct recount of the activities, whatever writes them: new activities, a
 * confirmation, a figure corrected, a day moved to another month, an activity moved to another group, a withdrawal,
 * a row deleted, and a group moved to another sub-team (its figures leave the old sub-team and join the new one).
 */
class ActivityTallyTest extends FullStackTest {

    /** Every unit's figures by month counted from the activities, the way the tally is meant to keep them. */
    private static final String RECOUNT = """
            select u.id unit_id, date_trunc('month', a.occurred_on)::date as month,
                   count(*) filter (where a.status <> 'WITHDRAWN') reported,
                   count(*) filter (where a.status = 'CONFIRMED') confirmed,
                   count(*) filter (where a.status = 'DISPUTED') disputed,
                   coalesce(sum(a.funds_secured) filter (where a.status <> 'WITHDRAWN'), 0) funds_reported,
                   coalesce(sum(a.funds_secured) filter (where a.status = 'CONFIRMED'), 0) funds_confirmed,
                   coalesce(sum(a.people_trained) filter (where a.status <> 'WITHDRAWN'), 0) trained_reported,
                   coalesce(sum(a.produce_sold) filter (where a.status = 'CONFIRMED'), 0) produce_confirmed
            from activity a join unit g on g.id = a.group_id join unit u on g.path like u.path || '%'
            group by 1, 2 having count(*) filter (where a.status <> 'WITHDRAWN') > 0""";
    private static final String KEPT = """
            select unit_id, month, reported, confirmed, disputed, funds_secured_reported, funds_secured_confirmed,
                   people_trained_reported, produce_sold_confirmed
            from activity_tally
            where reported <> 0 or confirmed <> 0 or disputed <> 0 or funds_secured_reported <> 0
               or people_trained_reported <> 0 or produce_sold_confirmed <> 0""";
    private static final String TYPES_RECOUNT = """
            select u.id unit_id, date_trunc('month', a.occurred_on)::date as month, a.type_id,
                   count(*) filter (where a.status <> 'WITHDRAWN') reported,
                   count(*) filter (where a.status = 'CONFIRMED') confirmed
            from activity a join unit g on g.id = a.group_id join unit u on g.path like u.path || '%'
            group by 1, 2, 3 having count(*) filter (where a.status <> 'WITHDRAWN') > 0""";
    private static final String TYPES_KEPT = """
            select unit_id, month, type_id, reported, confirmed from activity_type_tally where reported <> 0""";

    @Autowired
    UnitService units;
    @Autowired
    MemberService members;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void theTalliesEqualARecountAfterEveryKindOfWrite() {
        DashboardFixture f = new DashboardFixture(units, members, jdbc, tx);
        assertSameAsRecount("after the inserts");

        jdbc.update("update activity set status = 'CONFIRMED', version = version + 1 where id = ?", f.a2);
        assertSameAsRecount("a confirmation");
        jdbc.update("update activity set people_trained = 45, title = '更正' where id = ?", f.a3);
        assertSameAsRecount("a figure corrected");
        jdbc.update("update activity set occurred_on = date '2025-12-02' where id = ?", f.a4);
        assertSameAsRecount("a day moved to another month");
        jdbc.update("update activity set group_id = ? where id = ?", f.groupB1, f.a2);
        assertSameAsRecount("moved to another group");
        jdbc.update("update activity set status = 'WITHDRAWN', withdrawn_reason = '重复' where id = ?", f.a3);
        assertSameAsRecount("a withdrawal");
        jdbc.update("update activity set title = '只改标题' where group_id = ?", f.groupA1);
        assertSameAsRecount("an edit that changes nothing counted");
        long doomed = DashboardFixture.activity(jdbc, f.groupA2, "DONATION", "2025-06-06", "CONFIRMED", "donations", "10");
        jdbc.update("delete from activity where id = ?", doomed);
        assertSameAsRecount("a row deleted");

        long version = jdbc.queryForObject("select version from unit where id = ?", Long.class, f.groupA2);
        units.move(Scope.system(), f.groupA2, version, f.subB);
        assertSameAsRecount("a group moved to the other sub-team");
        long subVersion = jdbc.queryForObject("select version from unit where id = ?", Long.class, f.subB);
        long otherTeam = jdbc.queryForObject("select min(id) from unit where parent_id is null and id <> ?", Long.class,
                f.team);
        units.move(Scope.system(), f.subB, subVersion, otherTeam);
        assertSameAsRecount("a sub-team with its groups moved to another team");
    }

    private void assertSameAsRecount(String after) {
        assertThat(rows(KEPT)).as("activity_tally " + after).containsExactlyInAnyOrderElementsOf(rows(RECOUNT));
        assertThat(rows(TYPES_KEPT)).as("activity_type_tally " + after)
                .containsExactlyInAnyOrderElementsOf(rows(TYPES_RECOUNT));
    }

    /** Rows as lists of values, numbers compared by value (10.00 is 10). */
    private List<List<Object>> rows(String sql) {
        return jdbc.queryForList(sql).stream().map(Map::values).map(values -> values.stream()
                .map(v -> v instanceof java.math.BigDecimal d ? (Object) d.stripTrailingZeros().toPlainString()
                        : v instanceof Number n ? (Object) String.valueOf(n.longValue()) : v)
                .toList()).toList();
    }
}
