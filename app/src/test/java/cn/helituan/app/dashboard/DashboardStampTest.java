package cn.helituan.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.StampWrites;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.contest.ContestTotals;
import cn.helituan.domain.dashboard.DashboardPage;
import cn.helituan.domain.dashboard.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard's live figures — the activity tallies, the period's contests and cases, the findings overdue — are
 * kept while nothing they read is written (V103's stamps, DashboardPage): every kind of write they read raises the
 * stamps' sum in its own transaction and a rollback leaves it as it was; a write of what they do not read leaves it
 * alone. The page's contest figure follows a committed write and its undoing, and a transaction that has written reads
 * its own figures without keeping them. (DashboardTest's kept text follows a new activity on the page.)
 */
class DashboardStampTest extends FullStackTest {

    private static final String LIVE_STAMPS =
            "select coalesce(sum(n), 0) from todo_stamp where stamp in ('activity-tallies', 'cases', 'contests',"
                    + " 'findings')";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DashboardPage page;

    private StampWrites stamps() {
        return new StampWrites(jdbc, transactions, LIVE_STAMPS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "update activity_tally set reported = reported"
            + " where (unit_id, month) = (select unit_id, month from activity_tally order by unit_id, month limit 1)",
        "update activity_type_tally set confirmed = confirmed where (unit_id, month, type_id) ="
            + " (select unit_id, month, type_id from activity_type_tally order by unit_id, month, type_id limit 1)",
        "update activity_type set name = name || '.' where id = (select min(id) from activity_type)",
        "update contest_round set attendance = attendance + 1 where id = (select min(id) from contest_round)",
        "update contest_judge set account_id = account_id where id = (select min(id) from contest_judge)",
        "update case_study set title = title || '.' where id = (select min(id) from case_study)",
        "update supervision_finding set deadline = deadline - 1 where id = (select min(id) from supervision_finding)",
        "update unit set name = name || '.' where id = (select max(id) from unit)"})
    void everyWriteTheLiveFiguresReadRaisesTheStampsAndARollbackUndoesIt(String write) {
        stamps().assertRaisedAndUndone(write);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "update member set name = name || '.' where id = (select min(id) from member)",
        "update demand set title = title || '.' where id = (select min(id) from demand)",
        "update stationing set post = coalesce(post, '') || '.' where id = (select min(id) from stationing)"})
    void writesOfWhatTheLiveFiguresDoNotReadLeaveTheStampsAlone(String write) {
        stamps().assertLeftAlone(write);
    }

    @Test
    void theContestFigureFollowsACommittedWriteAndItsUndoing() {
        long round = jdbc.queryForObject("select min(id) from contest_round where held_on <= current_date",
                Long.class);
        int year = jdbc.queryForObject("select extract(year from held_on)::int from contest_round where id = ?",
                Integer.class, round);
        Period period = Period.year(year);
        long before = attendance(period);
        assertThat(attendance(period)).as("read again, nothing written").isEqualTo(before);

        int attendance = jdbc.queryForObject("select attendance from contest_round where id = ?", Integer.class,
                round);
        try {
            jdbc.update("update contest_round set attendance = attendance + 7 where id = ?", round);
            assertThat(attendance(period)).as("the round's seven more on the next read").isEqualTo(before + 7);
        } finally {
            jdbc.update("update contest_round set attendance = ? where id = ?", attendance, round);
        }
        assertThat(attendance(period)).as("undone").isEqualTo(before);

        long[] inside = {0};
        transactions.executeWithoutResult(status -> {
            jdbc.update("update contest_round set attendance = attendance + 5 where id = ?", round);
            inside[0] = attendance(period);
            status.setRollbackOnly();
        });
        assertThat(inside[0]).as("a transaction that has written reads its own write").isEqualTo(before + 5);
        assertThat(attendance(period)).as("and kept nothing of it: rolled back").isEqualTo(before);
    }

    private long attendance(Period period) {
        return page.read(Scope.system(), period).observations().contests().lines().stream()
                .mapToLong(ContestTotals.Line::attendance).sum();
    }
}
