package cn.helituan.app.crossteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.TestClock;
import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.crossteam.CrossTeamActivityDetails;
import cn.helituan.domain.crossteam.CrossTeamDetails;
import cn.helituan.domain.crossteam.CrossTeamService;
import cn.helituan.domain.crossteam.CrossTeamWork;
import cn.helituan.domain.crossteam.ServiceDays;
import cn.helituan.domain.dashboard.DashboardService;
import cn.helituan.domain.dashboard.Outcomes;
import cn.helituan.domain.dashboard.Period;
import cn.helituan.domain.evaluation.RoundAdministration;
import cn.helituan.domain.notification.NotificationService;
import cn.helituan.domain.station.AbsenceKind;
import cn.helituan.domain.station.AbsenceService;
import cn.helituan.domain.station.AwayReason;
import cn.helituan.domain.team.UnitField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The counted-once rule on a hand-worked fixture (docs/architecture.md, "Cross-town service teams"), on 10 December
 * 2026. A health-service team of the demo county: leader 青山村's first secretary (a member of the tea group, industry
 * sub-team), one member of the medical group (welfare sub-team); it serves 青山镇. One free clinic on 10 December in
 * 青山村, both went, 120 patients seen. Worked by hand:
 * <ul>
 * <li>dashboard, December, whole deployment: +1 activity reported, +120 patients; the industry sub-team: +0, +0;</li>
 * <li>notification, December 2026 (generated on 5 January), whole deployment: reported +1; the tea group's and the industry sub-team's lines
 * +0 (two members went, and nothing is added under either home);</li>
 * <li>evaluation, the county's 2026 round recomputed: the tea and medical groups' activities +0, the round's sum +0
 * (the team is no group of the round);</li>
 * <li>the tea group's page lists it once, marked 跨镇; its activity list does not;</li>
 * <li>service days, December: the leader also has approved cross-town duty away on 9 and 10 December → activity days
 * 1, away days 2, service days 2 (the 10th once); the medical member 1, 0, 1.</li>
 * </ul>
 */
class CrossTeamCountedOnceTest extends FullStackTest {

    static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;
    @Autowired
    TestClock clock;
    @Autowired
    CrossTeamService service;
    @Autowired
    CrossTeamWork work;
    @Autowired
    DashboardService dashboards;
    @Autowired
    NotificationService notifications;
    @Autowired
    RoundAdministration rounds;
    @Autowired
    AbsenceService absences;

    final Scope admin = new Scope(null, "admin", Role.ORG_ADMIN, null, null, null, null);

    @BeforeEach
    void tenthOfDecember() {
        clock.set(Instant.parse("2026-12-10T02:00:00Z"));
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    /** December's notification, generated once the month is over (on 5 January 2027), then back to the 10th. */
    long december(java.util.function.LongSupplier generate) {
        clock.set(Instant.parse("2027-01-05T02:00:00Z"));
        try {
            return generate.getAsLong();
        } finally {
            clock.set(Instant.parse("2026-12-10T02:00:00Z"));
        }
    }

    Scope subTeam() {
        long unit = demo.unitId(Demo.INDUSTRY);
        return new Scope(null, "subteam", Role.SUB_TEAM_LEADER, unit,
                jdbc.queryForObject("select path from unit where id = ?", String.class, unit), null, null);
    }

    long notificationLine(long notification, long unit) {
        return jdbc.queryForObject("""
                select coalesce(sum(reported), 0) from notification_line where notification_id = ? and unit_id = ?""",
                Long.class, notification, unit);
    }

    Map<String, Long> evaluation(long round, long tea, long medical) {
        return Map.of("tea", indicator(round, tea), "medical", indicator(round, medical),
                "all", jdbc.queryForObject("select coalesce(sum(activities_reported), 0) from evaluation_indicator"
                        + " where round_id = ?", Long.class, round));
    }

    long indicator(long round, long group) {
        return jdbc.queryForObject("""
                select coalesce(sum(activities_reported), 0) from evaluation_indicator
                where round_id = ? and group_id = ?""", Long.class, round, group);
    }

    void recompute(long round) {
        rounds.recompute(admin, round, jdbc.queryForObject("select version from evaluation_round where id = ?",
                Long.class, round));
    }

    @Test
    void aCrossTownActivityCountsOnceInTheDashboardTheNotificationAndTheEvaluationAndItsServiceDays()
            throws Exception {
        long tea = demo.unitId(Demo.TEA_GROUP);
        long medical = demo.unitId(Demo.MEDICAL_GROUP);
        long industry = demo.unitId(Demo.INDUSTRY);
        long secretaryMember = jdbc.queryForObject("select member_id from account where username = 'secretary'",
                Long.class);
        String secretaryMobile = jdbc.queryForObject("select mobile from member where id = ?", String.class,
                secretaryMember);
        long medicalMember = demo.memberIn(Demo.MEDICAL_GROUP);
        long village = jdbc.queryForObject("select id from assisted_object where name = '青山村'", Long.class);
        long town = jdbc.queryForObject("select r.parent_id from assisted_object o join region r on r.id = o.region_id"
                + " where o.id = ?", Long.class, village);
        long round = jdbc.queryForObject(
                "select min(id) from evaluation_round where year = 2026 and status = 'OPEN'", Long.class);

        // before
        Period month = Period.month(DECEMBER);
        Outcomes allBefore = dashboards.dashboard(admin, month).outcomes();
        Outcomes subBefore = dashboards.dashboard(subTeam(), month).outcomes();
        long noteBefore = december(() -> notifications.generate(admin, DECEMBER).getId());
        int reportedBefore = jdbc.queryForObject("select reported from monthly_notification where id = ?",
                Integer.class, noteBefore);
        long teaLineBefore = notificationLine(noteBefore, tea);
        long industryLineBefore = notificationLine(noteBefore, industry);
        recompute(round);
        Map<String, Long> evaluationBefore = evaluation(round, tea, medical);

        // the team and its activity
        long team = service.create(admin, demo.unitId(Demo.TEAM), new CrossTeamDetails("健康服务跨镇服务队（计一次）",
                UnitField.MEDICAL, 2026, secretaryMobile, null, new BigDecimal("20000"), 3, 5)).getId();
        service.addMember(admin, team, jdbc.queryForObject("select mobile from member where id = ?", String.class,
                medicalMember));
        service.addTown(admin, team, town);
        long type = jdbc.queryForObject("select id from activity_type where code = 'RESEARCH_VISIT'", Long.class);
        Scope leader = new Scope(null, "secretary", Role.FIRST_SECRETARY, null, null, village, secretaryMember);
        long activity = work.log(leader, team, new CrossTeamActivityDetails(type, LocalDate.of(2026, 12, 10),
                "青山镇义诊", "青山村卫生室", null, List.of(village), List.of(secretaryMember, medicalMember), 3,
                Map.of(Figure.PATIENTS_SEEN, new BigDecimal("120")), false)).getId();
        assertThat(jdbc.queryForObject("select group_id from activity where id = ?", Long.class, activity))
                .isEqualTo(demo.unitId(Demo.TEAM));

        // dashboard: once in the whole deployment, not in the leader's home sub-team
        Outcomes allAfter = dashboards.dashboard(admin, month).outcomes();
        assertThat(allAfter.reported()).isEqualTo(allBefore.reported() + 1);
        assertThat(allAfter.reportedFigures().get(Figure.PATIENTS_SEEN))
                .isEqualByComparingTo(allBefore.reportedFigures().get(Figure.PATIENTS_SEEN).add(new BigDecimal(120)));
        Outcomes subAfter = dashboards.dashboard(subTeam(), month).outcomes();
        assertThat(subAfter.reported()).isEqualTo(subBefore.reported());
        assertThat(subAfter.reportedFigures().get(Figure.PATIENTS_SEEN))
                .isEqualByComparingTo(subBefore.reportedFigures().get(Figure.PATIENTS_SEEN));

        // notification: once in the total, never in a home group's or sub-team's line
        long note = december(() -> notifications.generate(admin, DECEMBER).getId());
        assertThat(jdbc.queryForObject("select reported from monthly_notification where id = ?", Integer.class, note))
                .isEqualTo(reportedBefore + 1);
        assertThat(notificationLine(note, tea)).isEqualTo(teaLineBefore);
        assertThat(notificationLine(note, industry)).isEqualTo(industryLineBefore);

        // evaluation: no group of the round is credited with it
        recompute(round);
        assertThat(evaluation(round, tea, medical)).isEqualTo(evaluationBefore);

        // the home unit's page lists it once, marked cross-town; its activity list does not have it
        String teaPage = mvc.perform(get("/units/" + tea).with(user("admin").roles("ORG_ADMIN"))).andReturn()
                .getResponse().getContentAsString();
        String section = teaPage.substring(teaPage.indexOf("id=\"cross-town-activities\""));
        assertThat(section.split("/activities/" + activity + "\"", -1)).hasSize(2);
        assertThat(section).contains("跨镇", "健康服务跨镇服务队（计一次）");
        String teaList = mvc.perform(get("/activities?unit=" + tea).with(user("admin").roles("ORG_ADMIN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(teaList).doesNotContain("/activities/" + activity + "\"");

        // the industry sub-team's leader reads it through the team (its leader is theirs), without a link to the
        // county's unit page, which they may not open; the activity page links the team's page
        String shown = mvc.perform(get("/activities/" + activity).with(user("subteam").roles("SUB_TEAM_LEADER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("青山镇义诊", "/cross-teams/" + team + "\"")
                .doesNotContain("href=\"/units/" + demo.unitId(Demo.TEAM) + "\"");
        // the org admin reads it by its unit and the team alike: both linked
        assertThat(mvc.perform(get("/activities/" + activity).with(user("admin").roles("ORG_ADMIN"))).andReturn()
                .getResponse().getContentAsString()).contains("/cross-teams/" + team + "\"",
                "href=\"/units/" + demo.unitId(Demo.TEAM) + "\"");

        // service days: the leader away on cross-town duty on the 9th and 10th, approved
        long away = absences.ask(leader, new AbsenceService.Ask(AbsenceKind.AWAY, AwayReason.CROSS_TOWN_SERVICE,
                LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 10), "青山镇义诊")).getId();
        absences.decide(admin, away, jdbc.queryForObject("select version from station_absence where id = ?",
                Long.class, away), true, "同意");
        List<ServiceDays> days = work.serviceDays(admin, team, DECEMBER);
        assertThat(days).extracting(ServiceDays::memberId, ServiceDays::activityDays, ServiceDays::awayDays,
                ServiceDays::days).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(secretaryMember, 1, 2, 2),
                org.assertj.core.groups.Tuple.tuple(medicalMember, 1, 0, 1));
        String table = mvc.perform(get("/cross-teams/" + team + "/days?month=2026-12")
                .with(user("admin").roles("ORG_ADMIN"))).andReturn().getResponse().getContentAsString();
        assertThat(table).contains("data-member=\"" + secretaryMember + "\"", "不足");
    }
}
