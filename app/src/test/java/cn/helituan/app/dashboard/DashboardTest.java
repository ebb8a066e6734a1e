package cn.helituan.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.activity.ActivityQuery;
import cn.helituan.domain.activity.ActivityListing;
import cn.helituan.domain.activity.ActivityStatus;
import cn.helituan.domain.activity.ActivityTotals;
import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.assisted.RelationshipService;
import cn.helituan.domain.assisted.RelationshipState;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.dashboard.Dashboard;
import cn.helituan.domain.dashboard.DashboardService;
import cn.helituan.domain.dashboard.MonthOutcomes;
import cn.helituan.domain.dashboard.Outcomes;
import cn.helituan.domain.dashboard.Period;
import cn.helituan.domain.dashboard.TypeCount;
import cn.helituan.domain.dashboard.UnitOutcomes;
import cn.helituan.domain.dashboard.YearPlans;
import cn.helituan.domain.demand.DemandListing;
import cn.helituan.domain.member.MemberQuery;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.plan.PlanQuery;
import cn.helituan.domain.plan.PlanService;
import cn.helituan.domain.team.UnitService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard's figures on a team worked out by hand ({@link DashboardFixture}), for each scope, as reported and as
 * confirmed; each figure equal to the list it opens.
 */
class DashboardTest extends FullStackTest {

    private static final Period YEAR = Period.year(2025);

    @Autowired
    DashboardService dashboards;
    @Autowired
    ActivityListing activities;
    @Autowired
    MemberService members;
    @Autowired
    RelationshipService relationships;
    @Autowired
    DemandListing demands;
    @Autowired
    PlanService plans;
    @Autowired
    UnitService units;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    MockMvc mvc;

    DashboardFixture f;

    @BeforeEach
    void fixture() {
        f = new DashboardFixture(units, members, jdbc, tx);
    }

    private Scope scope(Role role, long unit) {
        return new Scope(null, "dashboard-test", role, unit, path(unit), null, null);
    }

    private String path(long unit) {
        return jdbc.queryForObject("select path from unit where id = ?", String.class, unit);
    }

    @Test
    void theTeamsYearAsReportedAndAsConfirmed() {
        Dashboard d = dashboards.dashboard(scope(Role.ORG_ADMIN, f.team), YEAR);
        Outcomes o = d.outcomes();
        assertThat(o.reported()).as("a1–a4; the withdrawn a5 and 2024's a6 left out").isEqualTo(4);
        assertThat(o.confirmed()).isEqualTo(2);
        assertThat(o.disputed()).isEqualTo(1);
        assertThat(o.reported(Figure.FUNDS_SECURED)).isEqualByComparingTo("1000000");
        assertThat(o.confirmed(Figure.FUNDS_SECURED)).isEqualByComparingTo("1000000");
        assertThat(o.reported(Figure.PROJECTS_INTRODUCED)).isEqualByComparingTo("2");
        assertThat(o.reported(Figure.TRAININGS_HELD)).isEqualByComparingTo("4");
        assertThat(o.confirmed(Figure.TRAININGS_HELD)).isEqualByComparingTo("0");
        assertThat(o.reported(Figure.PEOPLE_TRAINED)).isEqualByComparingTo("150");
        assertThat(o.reported(Figure.PRODUCE_SOLD)).isEqualByComparingTo("50000.50");
        assertThat(o.confirmed(Figure.PRODUCE_SOLD)).isEqualByComparingTo("50000.50");
        assertThat(o.confirmed(Figure.BENEFICIARIES)).isEqualByComparingTo("200");
        Outcomes all = dashboards.dashboard(new Scope(null, "dashboard-test", Role.ORG_ADMIN, null, null, null, null),
                YEAR).outcomes();
        assertThat(all.reported()).as("the whole deployment: every team, this one included")
                .isGreaterThanOrEqualTo(o.reported());
        assertThat(all.reported(Figure.FUNDS_SECURED)).isGreaterThanOrEqualTo(o.reported(Figure.FUNDS_SECURED));

        assertThat(d.structure().members()).isEqualTo(4);
        assertThat(d.structure().subTeams()).isEqualTo(2);
        assertThat(d.structure().groups()).isEqualTo(3);
        assertThat(d.structure().objects(AssistedKind.VILLAGE)).as("V1 counted once for two groups").isEqualTo(2);
        assertThat(d.structure().objects(AssistedKind.ENTERPRISE)).isEqualTo(1);
        assertThat(d.structure().objects(AssistedKind.SCHOOL)).as("the pairing ended on 2025-06-30").isZero();
        assertThat(d.structure().on()).as("a past year: its last day").isEqualTo(java.time.LocalDate.of(2025, 12, 31));
        assertThat(d.structure().chains()).isEqualTo(1);
        assertThat(d.structure().relationships()).isEqualTo(4);

        assertThat(d.trend()).hasSize(12);
        assertThat(d.trend().get(2).outcomes().reported()).as("March").isEqualTo(2);
        assertThat(d.trend().get(2).outcomes().confirmed()).isEqualTo(1);
        assertThat(d.trend().get(6).outcomes().reported()).as("July").isEqualTo(1);
        assertThat(d.trend().get(4).outcomes().reported()).as("May: only the withdrawn one").isZero();
        assertThat(d.trend().get(10).outcomes().confirmed()).as("November").isEqualTo(1);

        assertThat(d.byUnit()).extracting(UnitOutcomes::unitId).containsExactly(f.subA, f.subB);
        assertThat(d.byUnit().get(0).outcomes().reported()).isEqualTo(3);
        assertThat(d.byUnit().get(0).outcomes().confirmed()).isEqualTo(1);
        assertThat(d.byUnit().get(1).outcomes().reported()).isEqualTo(1);
        assertThat(type(d, "SKILLS_TRAINING").reported()).isEqualTo(2);
        assertThat(type(d, "SKILLS_TRAINING").confirmed()).isZero();
        assertThat(type(d, "PROJECT").confirmed()).isEqualTo(1);
        assertThat(type(d, "FUNDING").reported()).as("withdrawn").isZero();
        assertThat(d.plans().groups()).isEqualTo(3);
        assertThat(d.attention().disputed()).isEqualTo(1);
    }

    @Test
    void aSubTeamLeaderAndAGroupLeaderSeeOnlyTheirOwn() {
        Dashboard sub = dashboards.dashboard(scope(Role.SUB_TEAM_LEADER, f.subA), YEAR);
        assertThat(sub.outcomes().reported()).isEqualTo(3);
        assertThat(sub.outcomes().confirmed()).isEqualTo(1);
        assertThat(sub.outcomes().reported(Figure.PRODUCE_SOLD)).as("sub-team B's sale").isEqualByComparingTo("0");
        assertThat(sub.structure().members()).isEqualTo(3);
        assertThat(sub.structure().groups()).isEqualTo(2);
        assertThat(sub.structure().objects(AssistedKind.VILLAGE)).isEqualTo(1);
        assertThat(sub.structure().relationships()).isEqualTo(3);
        assertThat(sub.byUnit()).extracting(UnitOutcomes::unitId).containsExactly(f.groupA1, f.groupA2);
        // V1's demands (an org admin reads every demand, as the register: a sub-team reads its objects')
        assertThat(sub.demands().collected()).as("2025's two, not V2's of 2024").isEqualTo(2);
        assertThat(sub.demands().resolved()).isEqualTo(1);
        assertThat(sub.demands().open()).isEqualTo(1);
        assertThat(dashboards.dashboard(scope(Role.SUB_TEAM_LEADER, f.subB), YEAR).demands().collected()).isZero();

        Dashboard group = dashboards.dashboard(scope(Role.GROUP_LEADER, f.groupB1), YEAR);
        assertThat(group.outcomes().reported()).isEqualTo(1);
        assertThat(group.outcomes().reported(Figure.FUNDS_SECURED)).as("a5 withdrawn").isEqualByComparingTo("0");
        assertThat(group.structure().members()).isEqualTo(1);
        assertThat(group.byUnit()).isEmpty();

        assertThatThrownBy(() -> dashboards.dashboard(scope(Role.MEMBER, f.groupA1), YEAR))
                .as("a plain member").isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> dashboards.dashboard(
                new Scope(null, "sec", Role.FIRST_SECRETARY, null, null, 1L, null), YEAR))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void everyActivityFigureEqualsTheTotalsOfTheListItOpens() {
        for (Scope scope : new Scope[] {scope(Role.ORG_ADMIN, f.team), scope(Role.SUB_TEAM_LEADER, f.subA),
                scope(Role.GROUP_LEADER, f.groupA1)}) {
            Dashboard d = dashboards.dashboard(scope, YEAR);
            sameFigures(d.outcomes(), activities.totals(scope, new ActivityQuery(YEAR.from(), YEAR.to(), null, null)));
            assertThat(d.outcomes().disputed()).isEqualTo(activities.count(scope,
                    ActivityQuery.ofStatus(ActivityStatus.DISPUTED)));
            for (MonthOutcomes m : d.trend()) {
                sameFigures(m.outcomes(), activities.totals(scope,
                        new ActivityQuery(m.month().atDay(1), m.month().atEndOfMonth(), null, null)));
            }
            for (UnitOutcomes u : d.byUnit()) {
                sameFigures(u.outcomes(), activities.totals(scope,
                        new ActivityQuery(YEAR.from(), YEAR.to(), null, null, u.unitId(), null, null)));
            }
            for (TypeCount t : d.byType()) {
                ActivityTotals list = activities.totals(scope, new ActivityQuery(YEAR.from(), YEAR.to(), t.typeId(),
                        null));
                assertThat(t.reported()).as(t.code()).isEqualTo(list.reported());
                assertThat(t.confirmed()).as(t.code()).isEqualTo(list.confirmed());
            }
            assertThat(d.structure().members()).isEqualTo(members.search(scope, scope.unitId() == null
                    ? MemberQuery.all() : new MemberQuery(null, scope.unitId(), null, null, null, false),
                    PageRequest.of(0, 1)).getTotalElements());
            for (AssistedKind kind : AssistedKind.values()) {
                assertThat(relationships.search(scope, kind, RelationshipState.CURRENT, d.structure().on(),
                        PageRequest.of(0, 1)).objects()).as(kind + " paired").isEqualTo(d.structure().objects(kind));
            }
            RelationshipService.Paired active = relationships.search(scope, null, RelationshipState.CURRENT,
                    d.structure().on(), PageRequest.of(0, 1));
            assertThat(active.rows().getTotalElements()).isEqualTo(d.structure().relationships());
            assertThat(active.objects()).isEqualTo(d.structure().objectTotal());
            assertThat(relationships.search(scope, AssistedKind.ENTERPRISE, RelationshipState.CURRENT,
                    d.structure().on(), PageRequest.of(0, 1)).chains()).isEqualTo(d.structure().chains());
            if (d.demands() != null) {
                assertThat(demands.listing(scope, DashboardService.periodDemands(YEAR), PageRequest.of(0, 1)).rows()
                        .getTotalElements()).as("the demand list with the period's dates")
                        .isEqualTo(d.demands().collected());
            }
            assertThat(d.structure().groups()).as("the plan list is of groups").isEqualTo(
                    plans.list(scope, new PlanQuery(2025, null, null, false), PageRequest.of(0, 1)).rows()
                            .getTotalElements());
        }
    }

    @Test
    void thePagesLinksOpenListsWithTheSameTotals() throws Exception {
        RequestPostProcessor admin = Pages.account(jdbc, "ORG_ADMIN", f.team, null);
        String page = page("/dashboard?period=YEAR&year=2025", admin);
        assertThat(page).contains("id=\"outcomes\"");
        Matcher reported = Pattern.compile("data-figure=\"ACTIVITIES\">.*?<a class=\"reported\" href=\"([^\"]+)\">4<",
                Pattern.DOTALL).matcher(page);
        assertThat(reported.find()).as("the activities' figure, 4, links to its list").isTrue();
        String list = page(reported.group(1).replace("&amp;", "&"), admin);
        assertThat(list).contains("合计（不含已撤回）：4 次活动，其中 2 次已确认");

        Matcher sub = Pattern.compile("data-unit=\"" + f.subA + "\">\\s*<td><a href=\"([^\"]+)\"").matcher(page);
        assertThat(sub.find()).as("sub-team A's row links to its activities").isTrue();
        assertThat(page(sub.group(1).replace("&amp;", "&"), admin)).contains("合计（不含已撤回）：3 次活动，其中 1 次已确认");

        Matcher villages = Pattern.compile("id=\"s-objects-VILLAGE\"\\s+href=\"([^\"]+)\"").matcher(page);
        assertThat(villages.find()).as("the paired villages link to their list").isTrue();
        assertThat(page(villages.group(1).replace("&amp;", "&"), admin)).contains("涉及 2 个帮扶对象");
        RequestPostProcessor subLeader = Pages.account(jdbc, "SUB_TEAM_LEADER", f.subB, null);
        String subPage = page("/dashboard?period=QUARTER&year=2025&quarter=4", subLeader);
        assertThat(subPage).contains("2025-10-01 至 2025-12-31");
        Matcher produce = Pattern.compile("data-figure=\"PRODUCE_SOLD\">.*?<a class=\"confirmed\" href=\"[^\"]+\">([^<]+)<",
                Pattern.DOTALL).matcher(subPage);
        assertThat(produce.find()).isTrue();
        assertThat(produce.group(1)).isEqualTo("50,000.50");
    }

    /**
     * The whole table of units is a page of its own, for the dashboard's period: each row the dashboard's figures,
     * linking to the same activities; the reader's own units only; back to the dashboard of the same period.
     */
    @Test
    void theWholeTableOfUnitsIsAPageOfItsOwnWithTheDashboardsFigures() throws Exception {
        RequestPostProcessor admin = Pages.account(jdbc, "ORG_ADMIN", f.team, null);
        String dashboard = page("/dashboard?period=YEAR&year=2025", admin);
        assertThat(dashboard).as("two sub-teams: all on the dashboard, no link to more").doesNotContain("id=\"all-units\"");
        String units = page("/dashboard/units?period=YEAR&year=2025", admin);
        assertThat(units).contains("各单位活动情况", "2025-01-01 至 2025-12-31", "共 2 个单位",
                "href=\"/dashboard?period=YEAR&amp;year=2025\"");
        for (long unit : List.of(f.subA, f.subB)) {
            assertThat(unitRow(units, unit)).as("the same row as the dashboard's").isEqualTo(unitRow(dashboard, unit));
        }
        Matcher sub = Pattern.compile("data-unit=\"" + f.subA + "\">\\s*<td><a href=\"([^\"]+)\"").matcher(units);
        assertThat(sub.find()).isTrue();
        assertThat(page(sub.group(1).replace("&amp;", "&"), admin)).contains("合计（不含已撤回）：3 次活动，其中 1 次已确认");

        RequestPostProcessor subLeader = Pages.account(jdbc, "SUB_TEAM_LEADER", f.subA, null);
        String own = page("/dashboard/units?period=QUARTER&year=2025&quarter=4", subLeader);
        assertThat(own).contains("2025-10-01 至 2025-12-31", "data-unit=\"" + f.groupA1 + "\"",
                        "href=\"/dashboard?period=QUARTER&amp;year=2025&amp;quarter=4\"")
                .doesNotContain("data-unit=\"" + f.groupB1 + "\"", "data-unit=\"" + f.subB + "\"");
        assertThat(refused("/dashboard/units?period=MONTH&month=2025-13", admin)).contains("id=\"period-error\"");
        assertThat(status("/dashboard/units", Pages.account(jdbc, "MEMBER", f.groupA1, null))).isEqualTo(403);
    }

    /**
     * Of more units than the dashboard shows, it shows the 20 that reported most (sub-team A's three activities
     * first) and links to the whole table of the same period, which has them all.
     */
    @Test
    void ofMoreThanTwentyUnitsTheDashboardShowsTheMostActiveAndLinksToTheRest() throws Exception {
        for (int i = 0; i < 20; i++) {
            units.create(Scope.system(), f.team, cn.helituan.domain.team.UnitKind.SUB_TEAM,
                    new cn.helituan.domain.team.UnitDetails(Pages.unique("丙分团"), null,
                            cn.helituan.domain.team.UnitField.GENERAL, null));
        }
        RequestPostProcessor admin = Pages.account(jdbc, "ORG_ADMIN", f.team, null);
        org.jsoup.nodes.Document dashboard = org.jsoup.Jsoup.parse(page("/dashboard?period=YEAR&year=2025", admin));
        assertThat(dashboard.select("#by-unit-table tr.unit-row")).hasSize(20)
                .first().satisfies(row -> assertThat(row.attr("data-unit")).isEqualTo(String.valueOf(f.subA)));
        assertThat(dashboard.select("#by-unit-shown").text()).contains("报送活动最多的 20 个，共 22 个");
        String all = dashboard.select("a#all-units").attr("href");
        assertThat(all).isEqualTo("/dashboard/units?period=YEAR&year=2025");
        org.jsoup.nodes.Document units = org.jsoup.Jsoup.parse(page(all, admin));
        assertThat(units.select("#by-unit-table tr.unit-row")).hasSize(22);
        assertThat(units.select("#units-count").text()).isEqualTo("共 22 个单位");
    }

    /** A unit's row of the units' table, from its mark to its end. */
    private static String unitRow(String page, long unit) {
        int start = page.indexOf("data-unit=\"" + unit + "\"");
        assertThat(start).as("unit " + unit + "'s row").isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    @Test
    void aPeriodThatCannotBeReadIsSaidOnItsFieldAndThisYearIsShown() throws Exception {
        RequestPostProcessor admin = Pages.account(jdbc, "ORG_ADMIN", f.team, null);
        String page = refused("/dashboard?period=CUSTOM&from=2025-09&to=2025-03", admin);
        assertThat(page).contains("截止月份不能早于起始月份").contains("id=\"period-error\"")
                .as("what was typed stays in the form").contains("value=\"2025-09\"", "value=\"2025-03\"");
        String month = refused("/dashboard?period=MONTH&month=2025-13", admin);
        assertThat(month).contains("月份格式应为 2026-03");
        assertThat(refused("/dashboard?period=WEEK", admin)).as("an unknown kind of period, not an error page")
                .contains("无法识别，请重新选择", "id=\"period-error\"");
        assertThat(refused("/dashboard?year=abc", admin)).contains("无法识别，请重新选择");
        String custom = page("/dashboard?period=CUSTOM&from=2024-12&to=2025-03", admin);
        assertThat(custom).contains("2024-12-01 至 2025-03-31").doesNotContain("period-error");
    }

    @Test
    void aPlainMemberAndAFirstSecretaryAreRefused() throws Exception {
        assertThat(status("/dashboard", Pages.account(jdbc, "MEMBER", f.groupA1, null))).isEqualTo(403);
        long object = jdbc.queryForObject("select min(id) from assisted_object", Long.class);
        assertThat(status("/dashboard", Pages.account(jdbc, "FIRST_SECRETARY", null, object))).isEqualTo(403);
        RequestPostProcessor a2Leader = Pages.account(jdbc, "GROUP_LEADER", f.groupA2, null);
        String list = page("/relationships/list?state=CURRENT&on=2025-12-31", a2Leader);
        assertThat(list).as("A2's one term, not A1's or B1's").contains("共 1 项结对，涉及 1 个帮扶对象");
        assertThat(status("/relationships/list", Pages.account(jdbc, "FIRST_SECRETARY", null, object)))
                .isEqualTo(403);
        String otherLeader = page("/dashboard?year=2025", a2Leader);
        assertThat(otherLeader).as("another group's leader sees their own group, not A1's figures")
                .doesNotContain("1,000,000");
    }

    /**
     * Every figure of the page that links to a list equals the count that list shows in its header, for a past year
     * (with a withdrawn activity: the list leaves it out as the figure does), a period over two years, and each
     * reader; /units (the sub-teams' tree) shows no count of its own to compare.
     */
    @Test
    void everyLinkedFigureEqualsTheCountOfTheListItOpens() throws Exception {
        RequestPostProcessor admin = Pages.account(jdbc, "ORG_ADMIN", f.team, null);
        String page = page("/dashboard?period=YEAR&year=2025", admin);
        assertThat(walk(page, admin)).as("figures compared").isGreaterThanOrEqualTo(16);
        String activities = page("/activities?from=2025-01-01&to=2025-12-31&totals=true", admin);
        assertThat(activities).as("the withdrawn a5 is not counted in the header, as in the totals")
                .contains("共 4 次活动").contains("合计（不含已撤回）：4 次活动");
        assertThat(page("/activities?from=2025-01-01&to=2025-12-31&status=WITHDRAWN", admin))
                .as("the withdrawn one is still found when asked for").contains("共 1 次活动");
        walk(page("/dashboard?period=CUSTOM&from=2024-06&to=2025-06", admin), admin);
        RequestPostProcessor subLeader = Pages.account(jdbc, "SUB_TEAM_LEADER", f.subA, null);
        assertThat(walk(page("/dashboard?period=YEAR&year=2025", subLeader), subLeader)).isGreaterThanOrEqualTo(16);
        RequestPostProcessor groupLeader = Pages.account(jdbc, "GROUP_LEADER", f.groupB1, null);
        walk(page("/dashboard?period=QUARTER&year=2025&quarter=2", groupLeader), groupLeader);
    }

    @Test
    void aTermPastItsEndDateIsNotInForceTodayButCountsInThePeriodItRan() throws Exception {
        long v3 = DashboardFixture.object(jdbc, "VILLAGE", null);
        long old = DashboardFixture.pair(jdbc, f.groupB1, v3, "2022-03-01", "2024-02-29");
        // and a member of B1 from 2022-05-01 who left on 2024-01-31
        long gone = jdbc.queryForObject("""
                insert into member (name, gender, work_unit_id, mobile, type, created_at, created_by)
                values (?, 'MALE', (select min(id) from work_unit), ?, 'CADRE', now(), 'test') returning id""",
                Long.class, Pages.unique("旧组员"), Pages.mobile());
        jdbc.update("""
                insert into membership (member_id, unit_id, position, joined_on, left_on, created_at, created_by)
                values (?, ?, 'MEMBER', date '2022-05-01', date '2024-01-31', now(), 'test')""", gone, f.groupB1);
        Scope scope = scope(Role.ORG_ADMIN, f.team);
        LocalDate today = LocalDate.now(cn.helituan.app.support.TestClock.ZONE);
        Dashboard now = dashboards.dashboard(scope, Period.year(today.getYear()));
        assertThat(now.structure().on()).isEqualTo(today);
        assertThat(now.structure().relationships()).as("the fixture's 4; the open term past its end is not in force")
                .isEqualTo(4);
        assertThat(now.structure().objects(AssistedKind.VILLAGE)).isEqualTo(2);
        assertThat(now.attention().endingSoon()).as("the attention box names it: ended or ending").isEqualTo(1);
        Dashboard then = dashboards.dashboard(scope, Period.year(2023));
        assertThat(then.structure().on()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(then.structure().relationships()).as("on 2023-12-31 only the old term ran").isEqualTo(1);
        assertThat(then.structure().objects(AssistedKind.VILLAGE)).isEqualTo(1);
        assertThat(then.structure().objects(AssistedKind.ENTERPRISE)).as("E1 paired from 2025").isZero();
        assertThat(then.structure().members()).as("in a group on 2023-12-31: the one who left in 2024; the fixture's"
                + " four joined in 2025").isEqualTo(1);
        assertThat(members.search(scope, MemberQuery.on(LocalDate.of(2023, 12, 31)), PageRequest.of(0, 20))
                .getContent()).extracting(r -> r.id()).containsExactly(gone);

        RequestPostProcessor admin = Pages.account(jdbc, "ORG_ADMIN", f.team, null);
        assertThat(Pages.after(page("/relationships/" + old, admin), "id=\"relationship-record\"", 400))
                .contains("已到期").doesNotContain("在期<");
        assertThat(page("/relationships/list?state=CURRENT", admin)).contains("共 4 项结对，涉及 3 个帮扶对象");
        assertThat(page("/relationships/list?state=EXPIRED", admin)).contains("共 1 项结对").contains("已到期");
        assertThat(page("/relationships/list?state=CURRENT&on=2023-12-31", admin)).contains("共 1 项结对");
        assertThat(page("/relationships/list?state=UPCOMING&on=2023-12-31", admin)).contains("共 5 项结对");
        assertThat(page("/units/" + f.groupB1, admin)).as("the group's page reads the term's state from its dates")
                .contains("已到期");
        // a first secretary's stationing is 在任 by its dates too: one that ended in 2023 is not, one set to end next
        // month still is, one that begins next month is not yet
        long v4 = DashboardFixture.object(jdbc, "VILLAGE", null);
        jdbc.update("""
                insert into stationing (object_id, member_id, starts_on, ends_on, created_at, created_by)
                values (?, ?, date '2022-05-01', date '2023-06-30', now(), 'test'),
                       (?, ?, current_date + 30, null, now(), 'test'),
                       (?, ?, date '2025-01-01', current_date + 30, now(), 'test')""", v3, gone, v3, gone, v4, gone);
        String secretaries = Pages.after(page("/objects/" + v3, admin), "id=\"secretaries\"", 3000);
        assertThat(secretaries).contains("未开始").doesNotContain("在任");
        assertThat(Pages.after(page("/objects/" + v4, admin), "id=\"secretaries\"", 3000)).contains("在任");
        String past = page("/dashboard?period=YEAR&year=2023", admin);
        assertThat(past).contains("2023-12-31 当日在期");
        assertThat(Pages.after(past, "id=\"s-relationships\"", 200)).contains(">1<");
        assertThat(Pages.after(past, "id=\"s-members\"", 200)).contains("on=2023-12-31").contains(">1<");
        assertThat(page("/members?on=2023-12-31", admin)).contains("2023-12-31 当日在组的人员");
        walk(past, admin);
        walk(page("/dashboard", admin), admin);
    }

    @Test
    void aPeriodOverTwoYearsShowsEachYearsPlans() throws Exception {
        jdbc.update("""
                insert into annual_plan (group_id, year, status, submitted_at, created_at, created_by)
                values (?, 2022, 'SUBMITTED', now(), now(), 'test')""", f.groupA1);
        Scope scope = scope(Role.ORG_ADMIN, f.team);
        Dashboard d = dashboards.dashboard(scope, Period.custom(YearMonth.of(2022, 6), YearMonth.of(2023, 6)));
        assertThat(d.yearPlans()).extracting(YearPlans::year).containsExactly(2022, 2023);
        assertThat(d.yearPlans().get(0).plans().submitted()).as("A1's plan of 2022").isEqualTo(1);
        assertThat(d.yearPlans().get(1).plans().submitted()).isZero();
        assertThat(d.yearPlans().get(0).plans()).isEqualTo(plans.tally(scope, 2022));
        assertThat(d.plans()).as("the last year's, as before (the API)").isEqualTo(plans.tally(scope, 2023));

        RequestPostProcessor admin = Pages.account(jdbc, "ORG_ADMIN", f.team, null);
        String page = page("/dashboard?period=CUSTOM&from=2022-06&to=2023-06", admin);
        assertThat(page).contains("2022 年度计划", "2023 年度计划");
        assertThat(Pages.after(page, "id=\"plans-submitted-2022\"", 200)).contains(">1<");
        walk(page, admin);
        assertThat(page("/dashboard?period=YEAR&year=2023", admin)).contains("2023 年度计划")
                .doesNotContain("2022 年度计划");
    }

    private static final Pattern CARD = Pattern.compile("<a class=\"card stat-card h-100\" id=\"([^\"]+)\"\\s+"
            + "href=\"([^\"]+)\"><div class=\"card-body p-2\">\\s*<div class=\"stat-value[^\"]*\">([\\d,]+)</div>");
    private static final Pattern OUTCOME = Pattern.compile(
            "data-figure=\"ACTIVITIES\">.*?<a class=\"(reported|confirmed)\" href=\"([^\"]+)\">([\\d,]+)<.*?"
            + "<a class=\"(reported|confirmed)\" href=\"([^\"]+)\">([\\d,]+)<", Pattern.DOTALL);
    private static final Pattern ATTENTION = Pattern.compile(
            "id=\"attention-(plans|ending|disputed|missing|matters|findings)\">\\s*<a href=\"([^\"]+)\">([\\d,]+)");

    /** Opens every linked figure of a dashboard page and compares it with the list's header; how many it compared. */
    private int walk(String dashboard, RequestPostProcessor who) throws Exception {
        int compared = 0;
        Matcher card = CARD.matcher(dashboard);
        while (card.find()) {
            String url = card.group(2).replace("&amp;", "&");
            if (url.equals("/units")) {
                continue;
            }
            assertThat(listCount(card.group(1), url, who)).as(card.group(1) + " → " + url)
                    .isEqualTo(number(card.group(3)));
            compared++;
        }
        Matcher outcome = OUTCOME.matcher(dashboard);
        assertThat(outcome.find()).as("the activities' figures link to their lists").isTrue();
        for (int g = 1; g <= 4; g += 3) {
            String url = outcome.group(g + 1).replace("&amp;", "&");
            assertThat(listCount("activities", url, who)).as("activities " + outcome.group(g) + " → " + url)
                    .isEqualTo(number(outcome.group(g + 2)));
            compared++;
        }
        Matcher attention = ATTENTION.matcher(dashboard);
        while (attention.find()) {
            String url = attention.group(2).replace("&amp;", "&");
            assertThat(listCount(attention.group(1), url, who)).as("attention " + attention.group(1) + " → " + url)
                    .isEqualTo(number(attention.group(3)));
            compared++;
        }
        return compared;
    }

    /** The count a list's header shows (the part of it the figure is: objects and chains of the relationship list). */
    private long listCount(String figure, String url, RequestPostProcessor who) throws Exception {
        String list = page(url, who);
        String pattern;
        if (url.startsWith("/members")) {
            pattern = "id=\"member-count\">共 ([\\d,]+) 人";
        } else if (url.startsWith("/plans")) {
            pattern = "id=\"plan-count\">([\\d,]+) 个帮扶组";
        } else if (url.startsWith("/demands")) {
            pattern = "id=\"demand-count\">([\\d,]+) 项需求";
        } else if (url.startsWith("/activities")) {
            pattern = "id=\"activity-count\">共 ([\\d,]+) 次活动";
        } else if (url.startsWith("/relationships/list")) {
            pattern = figure.startsWith("s-objects") ? "涉及 ([\\d,]+) 个帮扶对象"
                    : figure.equals("s-chains") ? "、([\\d,]+) 条产业链" : "共 ([\\d,]+) 项结对";
        } else if (url.startsWith("/supervision/findings")) {
            pattern = "id=\"finding-count\">共 ([\\d,]+) 个问题";
        } else if (url.startsWith("/major-matters")) {
            pattern = "id=\"matter-count\">共 ([\\d,]+) 条报告";
        } else if (url.startsWith("/attendance")) {
            pattern = "id=\"attendance-count\">[^<]*? ([\\d,]+) 名驻村干部";
        } else if (url.startsWith("/stationings")) {
            pattern = "id=\"stationing-count\">共 ([\\d,]+) 条驻村记录";
        } else if (url.startsWith("/checkins/day")) {
            pattern = "id=\"checkin-count\">[^<]*? 共 ([\\d,]+) 次打卡";
        } else if (url.equals("/relationships")) {
            pattern = "60 天内到期（([\\d,]+)）";
        } else {
            throw new AssertionError("a figure links to a list this test does not know: " + url);
        }
        Matcher m = Pattern.compile(pattern).matcher(list);
        assertThat(m.find()).as(url + " shows its count").isTrue();
        return number(m.group(1));
    }

    private static long number(String text) {
        return Long.parseLong(text.replace(",", ""));
    }

    @Test
    void silentGroupsNameWhomToRemind() {
        Dashboard d = dashboards.dashboard(scope(Role.ORG_ADMIN, f.team), YEAR);
        assertThat(d.attention().silentTotal()).as("no group logged anything in the last 30 days").isEqualTo(3);
        assertThat(d.attention().silentGroups()).anySatisfy(g -> {
            assertThat(g.groupId()).isEqualTo(f.groupA1);
            assertThat(g.leaderName()).isEqualTo(f.leaderName);
            assertThat(g.lastActivity()).isEqualTo(java.time.LocalDate.of(2025, 3, 20));
        });
        DashboardFixture.activity(jdbc, f.groupA2, "RESEARCH_VISIT", java.time.LocalDate.now(cn.helituan.app.support.TestClock.ZONE).toString(), "REPORTED");
        assertThat(dashboards.dashboard(scope(Role.ORG_ADMIN, f.team), YEAR).attention().silentTotal()).isEqualTo(2);
    }

    /**
     * The figures are rendered once for equal values and kept as text (web/kept/KeptFragments): a figure that
     * changed is on the next page, and what the reader's roles decide — a silent group's leader's mobile, whole for
     * the org admin, starred for a reviewer of the same team — is never handed from one reader's text to the other's.
     */
    @Test
    void theFiguresKeptAsTextFollowEveryWriteAndTheReadersRoles() throws Exception {
        RequestPostProcessor admin = Pages.account(jdbc, "ORG_ADMIN", f.team, null);
        RequestPostProcessor reviewer = Pages.account(jdbc, "REVIEWER", f.team, null);
        String mobile = jdbc.queryForObject("select mobile from member where name = ?", String.class, f.leaderName);
        String url = "/dashboard?period=YEAR&year=2025";
        org.jsoup.nodes.Document before = org.jsoup.Jsoup.parse(page(url, admin));
        assertThat(activities(before, "reported")).as("a1–a4").isEqualTo("4");
        assertThat(activities(before, "confirmed")).isEqualTo("2");
        assertThat(before.select("#attention-silent").text()).contains(mobile);
        org.jsoup.nodes.Document again = org.jsoup.Jsoup.parse(page(url, admin));
        assertThat(again.select("#outcomes").outerHtml()).as("nothing written: the same figures")
                .isEqualTo(before.select("#outcomes").outerHtml());
        org.jsoup.nodes.Document starred = org.jsoup.Jsoup.parse(page(url, reviewer));
        assertThat(activities(starred, "reported")).isEqualTo("4");
        assertThat(starred.select("#attention-silent").text()).as("a reviewer reads the mobile starred")
                .doesNotContain(mobile).contains(mobile.substring(0, 3));

        DashboardFixture.activity(jdbc, f.groupA2, "PROJECT", "2025-08-08", "CONFIRMED", "funds_secured", "5");
        org.jsoup.nodes.Document after = org.jsoup.Jsoup.parse(page(url, admin));
        assertThat(activities(after, "reported")).as("the new activity on the next page").isEqualTo("5");
        assertThat(activities(after, "confirmed")).isEqualTo("3");
        assertThat(after.select("#attention-silent").text()).as("the org admin's text again").contains(mobile);
        assertThat(activities(org.jsoup.Jsoup.parse(page(url, reviewer)), "reported")).isEqualTo("5");
    }

    private static String activities(org.jsoup.nodes.Document page, String which) {
        return page.select("#outcomes tr[data-figure=ACTIVITIES] a." + which).text();
    }

    private static TypeCount type(Dashboard d, String code) {
        return d.byType().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    private static void sameFigures(Outcomes o, ActivityTotals list) {
        assertThat(o.reported()).isEqualTo(list.reported());
        assertThat(o.confirmed()).isEqualTo(list.confirmed());
        for (Figure figure : Figure.values()) {
            assertThat(o.reported(figure)).as(figure + " reported").isEqualByComparingTo(
                    list.reportedFigures().getOrDefault(figure, BigDecimal.ZERO));
            assertThat(o.confirmed(figure)).as(figure + " confirmed").isEqualByComparingTo(
                    list.confirmedFigures().getOrDefault(figure, BigDecimal.ZERO));
        }
    }

    /** The page answering 400 (a period that cannot be read), its field saying why. */
    private String refused(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(400);
        return result.getResponse().getContentAsString();
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private int status(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andReturn().getResponse().getStatus();
    }
}
