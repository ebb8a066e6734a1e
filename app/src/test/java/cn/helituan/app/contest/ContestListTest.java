package cn.helituan.app.contest;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.domain.account.AccountService;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.contest.ContestAccess;
import cn.helituan.domain.contest.ContestAdministration;
import cn.helituan.domain.contest.ContestLevel;
import cn.helituan.domain.contest.ContestReading;
import cn.helituan.domain.contest.ContestRound;
import cn.helituan.domain.contest.ContestCriterion;
import cn.helituan.domain.contest.ContestJudge;
import cn.helituan.domain.contest.ContestPresenter;
import cn.helituan.domain.contest.ContestStop;
import cn.helituan.domain.contest.ContestTotals;
import cn.helituan.domain.contest.RoundDetails;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import cn.helituan.domain.history.PartHistory;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The round list holds exactly the rounds each reader may open (the list reads them with one statement, the round's
 * page decides with {@link ContestAccess#reads}: the two must agree), and its totals count those rounds and their
 * stops. The demo's rounds give every way in: the sub-team organises the town rounds and the org admin the county
 * round, the group leader and the first secretary under the sub-team see its published round as well as their own,
 * and the group leader is named a judge of a county round not yet published, which no other member of the group sees.
 */
class ContestListTest extends FullStackTest {

    @Autowired
    ContestReading reading;
    @Autowired
    ContestAccess access;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    History history;
    @Autowired
    ContestAdministration administration;
    @Autowired
    Demo demo;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void everyReadersListHoldsTheRoundsTheyMayOpenAndItsTotalsCountThem() {
        // a county round not yet published, the group leader one of its judges: theirs to open as a judge only
        Scope admin = accounts.scopeOf("admin").orElseThrow();
        ContestRound judged = administration.open(admin, new RoundDetails(ContestLevel.COUNTY, 2026, 4,
                demo.unitId(Demo.TEAM), unique("评委擂台"), "产业振兴", null, 10, RoundDetails.defaultCriteria()));
        administration.addJudge(admin, judged.getId(), "leader");
        List<Long> all = jdbc.queryForList("select id from contest_round", Long.class);
        for (String username : List.of("admin", "subteam", "leader", "member", "secretary", "reviewer",
                "inspector", "auditor")) {
            Scope scope = accounts.scopeOf(username).orElseThrow();
            Set<Long> listed = reading.list(scope, new ContestReading.Filter(null, null, null, null),
                    PageRequest.of(0, 10_000)).map(ContestRound::getId).stream()
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<Long> opened = all.stream().filter(id -> opens(scope, id))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(listed).as(username).isEqualTo(opened);

            ContestTotals totals = reading.totals(scope, new ContestReading.Filter(null, null, null, null));
            assertThat(totals.rounds()).as(username)
                    .isEqualTo(listed.size());
            long stops = listed.isEmpty() ? 0 : jdbc.queryForObject("select count(*) from contest_stop where round_id"
                    + " = any(?)", Long.class, (Object) listed.toArray(Long[]::new));
            assertThat(totals.stops()).as(username)
                    .isEqualTo(stops);
        }
        // each way in is used: the leader sees a published round of a unit above their group, and the round that
        // names them a judge
        String group = accounts.scopeOf("leader").orElseThrow().unitPath();
        Set<Long> publishedAbove = ids("select r.id from contest_round r join unit u on u.id = r.unit_id"
                + " where r.status = 'PUBLISHED' and '" + group + "' like u.path || '%' and u.path <> '" + group + "'");
        assertThat(publishedAbove).isNotEmpty();
        assertThat(listed("leader")).containsAll(publishedAbove).isNotEqualTo(listed("subteam"));
        assertThat(listed("leader")).contains(judged.getId());
        assertThat(listed("member")).doesNotContain(judged.getId());
        assertThat(listed("admin")).hasSameSizeAs(all);
        assertThat(reading.totals(accounts.scopeOf("admin").orElseThrow(),
                new ContestReading.Filter(ContestLevel.COUNTY, null, null, null)).rounds())
                .isEqualTo(jdbc.queryForObject("select count(*) from contest_round where level = 'COUNTY'",
                        Long.class));
    }

    @Test
    void aRoundsTrailHoldsEachPartsEntriesUnderThePartsName() {
        // the demo's published town round: criteria, stops, presenters and judges, read in one statement now; the
        // same entries as each part's own history, each named as the page names the part
        Scope subteam = accounts.scopeOf("subteam").orElseThrow();
        long round = jdbc.queryForObject("select min(id) from contest_round where status = 'PUBLISHED'", Long.class);
        ContestReading.RoundPage page = reading.round(subteam, round);
        List<PartHistory> trail = reading.history(page);
        List<String> expected = new java.util.ArrayList<>();
        history.of(ContestRound.class, round).forEach(e -> expected.add(line("ContestRound", null, e)));
        for (ContestCriterion c : page.criteria()) {
            history.of(ContestCriterion.class, c.getId()).forEach(e -> expected.add(
                    line("ContestCriterion", c.getName(), e)));
        }
        for (ContestStop stop : page.stops()) {
            history.of(ContestStop.class, stop.getId()).forEach(e -> expected.add(
                    line("ContestStop", stop.getName(), e)));
            for (ContestPresenter p : page.presenters().getOrDefault(stop.getId(), List.of())) {
                history.of(ContestPresenter.class, p.getId()).forEach(e -> expected.add(
                        line("ContestPresenter", p.getName(), e)));
            }
        }
        for (ContestJudge j : page.judges()) {
            history.of(ContestJudge.class, j.getId()).forEach(e -> expected.add(
                    line("ContestJudge", j.getAccount().getDisplayName(), e)));
        }
        assertThat(expected).hasSizeGreaterThan(10)
                .anyMatch(l -> l.startsWith("ContestStop")).anyMatch(l -> l.startsWith("ContestJudge"));
        assertThat(trail.stream().map(p -> line(p.entity(), p.subject(), p.entry())).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
        for (int i = 1; i < trail.size(); i++) {
            assertThat(trail.get(i).entry().at()).isBeforeOrEqualTo(trail.get(i - 1).entry().at());
        }
    }

    /**
     * A round's day (its first stop's) and its stops are kept on the round (V101) for the period filter and the
     * totals: right after every stop written, moved to another day or round, or deleted, by whatever code — here
     * plain SQL, rolled back.
     */
    @Test
    void aRoundsDayAndStopsFollowEveryStopWrittenMovedOrDeletedWhateverCodeRuns() {
        long team = demo.unitId(Demo.TEAM);
        long object = jdbc.queryForObject("select min(id) from assisted_object", Long.class);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            long first = insertedRound(team);
            long second = insertedRound(team);
            assertThat(dayAndStops(first)).as("no stops yet: no day").isEqualTo("null 0");
            long late = insertedStop(first, 1, object, "2025-06-20");
            long early = insertedStop(first, 2, object, "2025-06-03");
            assertThat(dayAndStops(first)).as("the earlier stop's day").isEqualTo("2025-06-03 2");
            jdbc.update("update contest_stop set visit_on = date '2025-07-01' where id = ?", early);
            assertThat(dayAndStops(first)).as("the first stop moved after the other").isEqualTo("2025-06-20 2");
            jdbc.update("update contest_stop set round_id = ?, position = 1 where id = ?", second, late);
            assertThat(dayAndStops(first)).as("a stop gone to another round").isEqualTo("2025-07-01 1");
            assertThat(dayAndStops(second)).as("the round it went to").isEqualTo("2025-06-20 1");
            jdbc.update("delete from contest_stop where id = ?", early);
            assertThat(dayAndStops(first)).as("its last stop deleted").isEqualTo("null 0");
            assertThat(jdbc.queryForObject("""
                    select count(*) from contest_round r
                     where r.held_on is distinct from (select min(s.visit_on) from contest_stop s
                                                       where s.round_id = r.id)
                        or r.stop_count <> (select count(*) from contest_stop s where s.round_id = r.id)""",
                    Long.class)).as("every round of the demo agrees with its stops").isZero();
            tx.setRollbackOnly();
        });
    }

    /**
     * A stop deleted while another transaction adds one to the same round: the recount waits for the round's row and
     * counts the stop added meanwhile (a recount from the snapshot taken before the wait would miss it and stay one
     * short). The rows are committed, then taken away again.
     */
    @Test
    void aRecountThatWaitedForAnAddedStopCountsIt() throws Exception {
        long team = demo.unitId(Demo.TEAM);
        long object = jdbc.queryForObject("select min(id) from assisted_object", Long.class);
        long round = insertedRound(team);
        long gone = insertedStop(round, 1, object, "2025-05-01");
        insertedStop(round, 2, object, "2025-05-02");
        java.util.concurrent.CountDownLatch added = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch commit = new java.util.concurrent.CountDownLatch(1);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<?> adding = two.submit(() -> tx.executeWithoutResult(status -> {
                insertedStop(round, 3, object, "2025-04-30");
                added.countDown();
                await(commit);
            }));
            await(added);
            java.util.concurrent.Future<?> deleting = two.submit(() -> tx.executeWithoutResult(status ->
                    jdbc.update("delete from contest_stop where id = ?", gone)));
            // the delete's recount is waiting for the round's row, which the added stop's transaction holds
            for (int i = 0; i < 100 && jdbc.queryForObject("select count(*) from pg_stat_activity"
                    + " where wait_event_type = 'Lock' and query like 'delete from contest_stop%'", Long.class) == 0;
                 i++) {
                Thread.sleep(50);
            }
            commit.countDown();
            adding.get(30, java.util.concurrent.TimeUnit.SECONDS);
            deleting.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(dayAndStops(round)).as("the added stop counted and its earlier day kept")
                    .isEqualTo("2025-04-30 2");
        } finally {
            commit.countDown();
            two.shutdownNow();
            jdbc.update("delete from contest_stop where round_id = ?", round);
            jdbc.update("delete from contest_round where id = ?", round);
        }
    }

    static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            assertThat(latch.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    long insertedRound(long unit) {
        return jdbc.queryForObject("""
                insert into contest_round (level, year, quarter, unit_id, title, theme, scale_max, organiser, status,
                                           created_at, created_by)
                values ('COUNTY', 2025, 2, ?, '触发器测试', '产业振兴', 10, 'admin', 'OPEN', now(), 'test')
                returning id""", Long.class, unit);
    }

    long insertedStop(long round, int position, long object, String day) {
        return jdbc.queryForObject("""
                insert into contest_stop (round_id, position, object_id, visit_on, created_at, created_by)
                values (?, ?, ?, cast(? as date), now(), 'test') returning id""", Long.class, round, position, object,
                day);
    }

    String dayAndStops(long round) {
        return jdbc.queryForObject("select coalesce(held_on::text, 'null') || ' ' || stop_count from contest_round"
                + " where id = ?", String.class, round);
    }

    static String line(String entity, String subject, HistoryEntry e) {
        return entity + " " + subject + " " + e.recordId() + " " + e.at() + " " + e.action() + " " + e.changes();
    }

    boolean opens(Scope scope, long id) {
        try {
            access.readable(scope, id);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    Set<Long> listed(String username) {
        return reading.list(accounts.scopeOf(username).orElseThrow(), new ContestReading.Filter(null, null, null,
                null), PageRequest.of(0, 10_000)).map(ContestRound::getId).stream()
                .collect(Collectors.toCollection(TreeSet::new));
    }

    Set<Long> ids(String sql) {
        return new TreeSet<>(jdbc.queryForList(sql, Long.class));
    }
}
