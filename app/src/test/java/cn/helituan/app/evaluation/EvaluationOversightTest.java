package cn.helituan.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.evaluation.BoardQuery;
import cn.helituan.domain.evaluation.BoardRow;
import cn.helituan.domain.evaluation.CadreOversight;
import cn.helituan.domain.evaluation.EntryView;
import cn.helituan.domain.evaluation.EvaluationRound;
import cn.helituan.domain.evaluation.Indicator;
import cn.helituan.domain.evaluation.IndicatorScoring;
import cn.helituan.domain.station.AttendanceFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The attendance and supervision indicators (issues 18 and 19) on {@link EvaluationFixture}'s 2025, worked out by
 * hand. V1 is paired with A1 and A2 all year, V2 with B1; December 2025 starts on a Monday (23 working days).
 * <pre>
 * X, stationed in V1 from 1 Dec 2025:
 *   check-ins 1, 2, 3 and 6 (a Saturday) Dec                  present  4
 *   a check-in flagged doubtful on 4 Dec                       doubtful 1
 *   away on duty 15 Dec, approved                              away     1
 *   leave 8–12 Dec, approved                                   leave    5
 *   the other working days: 5, 16–19, 22–26, 29–31             absent  13
 *   counts 4 + 1 = 5 of 4 + 1 + 1 + 13 = 19 days due: 0.2632
 * Y, stationed in V2 from 22 to 31 Dec: check-ins 22–26 Dec, none 29–31: 5 of 8 = 0.625, nothing doubtful
 *
 * supervision, 2025: A1 inspected on 1 March, B1 on 1 April, A2 never
 *   A1: F1 closed 20 Mar, deadline 31 Mar (on time); F2 closed 10 May, deadline 30 Apr (late);
 *       F3 open, deadline 30 Jun (overdue, against X); F4 found 20 Dec, deadline 31 Jan 2026 (not yet due);
 *       F0 found in 2024 (not this year's)
 *   → findings 4, due 3, on time 1: 0.3333; B1 findings 0 (applies: inspected), rectification does not apply;
 *     A2 neither
 * </pre>
 * A2 with the default weights (tasks 16, key 12, confirmed 8, funds 8, four results 4 each, demands 8, overdue 4,
 * disputed 4, attendance 8, doubtful 4, findings 4, rectified 4): key tasks, findings and rectification do not apply
 * (Σw 80); demands ½ × 8, overdue 1 × 4, attendance 0.2632 × 8, doubtful 1 − 1/1 = 0 → 100 × 10.1056 ÷ 80 = 12.63.
 */
class EvaluationOversightTest extends EvaluationTestBase {

    @Autowired
    MockMvc mvc;

    private long x;
    private long xMember;

    @BeforeEach
    void stationedAndInspected() {
        xMember = memberOf(f.team.groupA2);
        x = stationing(f.v1, xMember, "2025-12-01", null);
        for (int day : new int[] {1, 2, 3, 6}) {
            checkIn(x, f.v1, xMember, day, "");
        }
        checkIn(x, f.v1, xMember, 4, "ACCURACY");
        absence(x, f.v1, xMember, "LEAVE", "2025-12-08", "2025-12-12");
        absence(x, f.v1, xMember, "AWAY", "2025-12-15", "2025-12-15");

        long yMember = memberOf(f.team.groupB1);
        long y = stationing(f.v2, yMember, "2025-12-22", "2025-12-31");
        for (int day = 22; day <= 26; day++) {
            checkIn(y, f.v2, yMember, day, "");
        }

        // the checklist in use (a new version would become every later plan's)
        long checklist = jdbc.queryForObject("select id from supervision_checklist order by number desc limit 1",
                Long.class);
        long plan = jdbc.queryForObject("""
                insert into supervision_plan (name, starts_on, ends_on, checklist_id, candidates, group_count,
                                              created_at, created_by)
                values ('2025 年督查', date '2025-01-01', date '2025-12-31', ?, 3, 2, now(), 'test') returning id""",
                Long.class, checklist);
        long a1 = inspection(plan, checklist, f.team.groupA1, "2025-03-01");
        inspection(plan, checklist, f.team.groupB1, "2025-04-01");
        finding(a1, f.team.groupA1, null, "2025-03-01", "2025-03-31", "2025-03-20");
        finding(a1, f.team.groupA1, null, "2025-03-01", "2025-04-30", "2025-05-10");
        finding(a1, f.team.groupA1, xMember, "2025-03-01", "2025-06-30", null);
        finding(a1, f.team.groupA1, null, "2025-12-20", "2026-01-31", null);
        finding(a1, f.team.groupA1, null, "2024-11-01", "2024-11-30", null);
    }

    @Test
    void attendanceAndFindingsAreTheHandWorkedIndicators() {
        EvaluationRound round = f.open(rounds, 30);
        Map<Long, BoardRow> rows = reading.board(f.admin, round.getId(), BoardQuery.all(), PageRequest.of(0, 50))
                .getContent().stream().collect(Collectors.toMap(BoardRow::groupId, Function.identity()));

        BoardRow a2 = rows.get(f.team.groupA2);
        assertThat(a2.indicators().oversight().attendanceCounted()).isEqualTo(5);
        assertThat(a2.indicators().oversight().attendanceDue()).isEqualTo(19);
        assertThat(a2.indicators().value(Indicator.ATTENDANCE)).isEqualByComparingTo("0.2632");
        assertThat(a2.indicators().value(Indicator.DOUBTFUL_CHECKINS)).isEqualByComparingTo("1");
        assertThat(a2.indicators().value(Indicator.FINDINGS)).as("never inspected, nothing found").isNull();
        assertThat(a2.indicators().value(Indicator.RECTIFIED_ON_TIME)).isNull();
        assertThat(a2.score()).isEqualByComparingTo("12.63");

        BoardRow a1 = rows.get(f.team.groupA1);
        assertThat(a1.indicators().value(Indicator.ATTENDANCE)).as("V1's cadre answers to both its groups")
                .isEqualByComparingTo("0.2632");
        assertThat(a1.indicators().oversight().inspections()).isEqualTo(1);
        assertThat(a1.indicators().value(Indicator.FINDINGS)).isEqualByComparingTo("4");
        assertThat(a1.indicators().ratio(Indicator.RECTIFIED_ON_TIME)).containsExactly(1, 3);
        assertThat(a1.indicators().value(Indicator.RECTIFIED_ON_TIME)).isEqualByComparingTo("0.3333");

        BoardRow b1 = rows.get(f.team.groupB1);
        assertThat(b1.indicators().ratio(Indicator.ATTENDANCE)).containsExactly(5, 8);
        assertThat(b1.indicators().value(Indicator.DOUBTFUL_CHECKINS)).isEqualByComparingTo("0");
        assertThat(b1.indicators().value(Indicator.FINDINGS)).as("inspected, nothing found")
                .isEqualByComparingTo("0");
        assertThat(b1.indicators().value(Indicator.RECTIFIED_ON_TIME)).isNull();

        // best first, the fewest first for a penalty; A2 is not ranked where the indicator does not apply
        assertThat(b1.ranks().get(Indicator.ATTENDANCE)).isEqualTo(1);
        assertThat(a1.ranks().get(Indicator.ATTENDANCE)).isEqualTo(2);
        assertThat(a2.ranks().get(Indicator.ATTENDANCE)).isEqualTo(2);
        assertThat(b1.ranks().get(Indicator.DOUBTFUL_CHECKINS)).isEqualTo(1);
        assertThat(b1.ranks().get(Indicator.FINDINGS)).isEqualTo(1);
        assertThat(a1.ranks().get(Indicator.FINDINGS)).isEqualTo(2);
        assertThat(a2.ranks().get(Indicator.FINDINGS)).isNull();

        // the entry's parts add up to the score, and its cadres to the group's days
        EntryView entry = reading.entry(f.admin, round.getId(), f.team.groupA1);
        BigDecimal points = entry.parts().stream().map(IndicatorScoring.Part::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(points.setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo(a1.score());
        assertThat(entry.cadres()).singleElement().satisfies(c -> {
            assertThat(c.stationingId()).isEqualTo(x);
            assertThat(c.days()).isEqualTo(new AttendanceFigures(4, 1, 1, 5, 13));
            assertThat(c.findings()).as("F3 names X").isEqualTo(1);
            assertThat(c.findingsDue()).isEqualTo(1);
            assertThat(c.findingsOnTime()).isZero();
        });
        assertThat(reading.entry(f.admin, round.getId(), f.team.groupB1).cadres())
                .extracting(CadreOversight::days).containsExactly(new AttendanceFigures(5, 0, 0, 0, 3));
    }

    @Test
    void theEntryShowsTheCadresAndItsFindingsFigureOpensTheListThatCountsThem() throws Exception {
        EvaluationRound round = f.open(rounds, 30);
        Document page = page("/evaluations/" + round.getId() + "/groups/" + f.team.groupA1, f.admin);
        Element row = page.selectFirst("#cadre-table tr.cadre-row[data-stationing=" + x + "]");
        assertThat(row).isNotNull();
        assertThat(row.select("td").eachText()).contains("4", "1", "5", "13", "26.3%", "0 / 1");
        assertThat(page.selectFirst("#cadre-total").text()).contains("5 / 19");
        assertThat(page.selectFirst("tr.indicator-row[data-indicator=ATTENDANCE] .value").text())
                .contains("5 / 19");

        Element findings = page.selectFirst("tr.indicator-row[data-indicator=FINDINGS] a");
        assertThat(findings.attr("href")).isEqualTo("/supervision/findings?unit=" + f.team.groupA1
                + "&from=2025-01-01&to=2025-12-31");
        Document list = page(findings.attr("href"), f.admin);
        assertThat(list.selectFirst("#finding-count").text()).contains("4");
        assertThat(list.select("#finding-list li")).hasSize(4);
        assertThat(list.selectFirst("#finding-group").text()).contains(groupName(f.team.groupA1));
        assertThat(page.selectFirst("tr.cadre-row a").attr("href")).isEqualTo("/attendance/stationings/" + x
                + "?month=2025-12");
        assertThat(page.select("#cadres-changed")).as("nothing changed since computing").isEmpty();

        // an absence approved since: the page says the live days differ from the computed figures
        absence(x, f.v1, xMember, "AWAY", "2025-12-16", "2025-12-16");
        Document later = page("/evaluations/" + round.getId() + "/groups/" + f.team.groupA1, f.admin);
        assertThat(later.selectFirst("#cadres-changed").text()).contains("5", "19", "6");

        // the group's leader reads their own line of a sheet, not their colleagues': no cadre section, no link to it;
        // nor another group's findings
        Document own = page("/evaluations/" + round.getId() + "/groups/" + f.team.groupA1, f.leaderA1);
        assertThat(own.select("#cadres")).isEmpty();
        assertThat(own.select("a[href=#cadres]")).isEmpty();
        assertThat(own.selectFirst("tr.indicator-row[data-indicator=ATTENDANCE] .value").text()).contains("5 / 19");
        MvcResult other = mvc.perform(get("/supervision/findings").param("unit", String.valueOf(f.team.groupA1))
                .with(user(f.leaderB1.username()).roles(f.leaderB1.role().name()))).andReturn();
        assertThat(other.getResponse().getStatus()).isEqualTo(404);
        MvcResult unreadable = mvc.perform(get("/supervision/findings").param("from", "去年")
                .with(user(f.admin.username()).roles(f.admin.role().name()))).andReturn();
        assertThat(unreadable.getResponse().getStatus()).isEqualTo(400);
    }

    private Document page(String url, Scope who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(user(who.username()).roles(who.role().name()))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private String groupName(long group) {
        return jdbc.queryForObject("select name from unit where id = ?", String.class, group);
    }

    private long memberOf(long group) {
        return jdbc.queryForObject("select min(member_id) from membership where unit_id = ?", Long.class, group);
    }

    private long stationing(long object, long member, String from, String to) {
        return jdbc.queryForObject("""
                insert into stationing (object_id, member_id, role, starts_on, ends_on, created_at, created_by)
                values (?, ?, 'TEAM_MEMBER', cast(? as date), cast(? as date), now(), 'test') returning id""",
                Long.class, object, member, from, to);
    }

    private void checkIn(long stationing, long object, long member, int day, String doubts) {
        jdbc.update("""
                insert into station_checkin (stationing_id, object_id, member_id, day, checked_at, latitude, longitude,
                                             accuracy, distance, doubts, photo_hash, content_type, byte_size, width,
                                             height, created_at, created_by)
                values (?, ?, ?, make_date(2025, 12, ?), make_timestamptz(2025, 12, ?, 9, 0, 0, 'Asia/Shanghai'),
                        34.36, 107.24, 15, 20, ?, md5(random()::text), 'image/jpeg', 1, 1, 1, now(), 'test')""",
                stationing, object, member, day, day, doubts);
    }

    private void absence(long stationing, long object, long member, String kind, String from, String to) {
        jdbc.update("""
                insert into station_absence (stationing_id, object_id, member_id, kind, away_reason, starts_on, ends_on,
                                             reason, status, decided_by, decided_at, created_at, created_by)
                values (?, ?, ?, ?, case when ? = 'AWAY' then 'TRAINING' end, cast(? as date), cast(? as date),
                        '考核测试', 'APPROVED', 'test', now(), now(), 'test')""",
                stationing, object, member, kind, kind, from, to);
    }

    private long inspection(long plan, long checklist, long group, String day) {
        return jdbc.queryForObject("""
                insert into supervision_inspection (plan_id, unit_id, checklist_id, inspector, inspected_on, announced,
                                                    created_at, created_by)
                values (?, ?, ?, 'test', cast(? as date), false, now(), 'test') returning id""",
                Long.class, plan, group, checklist, day);
    }

    private void finding(long inspection, long group, Long member, String found, String deadline, String closed) {
        jdbc.update("""
                insert into supervision_finding (inspection_id, unit_id, member_id, what, severity, found_on, deadline,
                                                 status, closed_on, created_at, created_by)
                values (?, ?, ?, '考核测试问题', 'MINOR', cast(? as date), cast(? as date), ?, cast(? as date), now(),
                        'test')""", inspection, group, member, found, deadline, closed == null ? "OPEN" : "CLOSED",
                closed);
    }
}
