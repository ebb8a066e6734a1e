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
import cn.helituan.domain.assisted.RelationshipStatus;
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
import cn.helituan.domain.demand.DemandListing;
import cn.helituan.domain.member.MemberQuery;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.plan.PlanQuery;
import cn.helituan.domain.plan.PlanService;
import cn.helituan.domain.team.UnitService;
import java.math.BigDecimal;
import java.time.YearMonth;
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
        assertThat(d.structure().objects(AssistedKind.SCHOOL)).as("the ended pairing").isZero();
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
                assertThat(relationships.search(scope, kind, RelationshipStatus.ACTIVE, PageRequest.of(0, 1))
                        .objects()).as(kind + " paired").isEqualTo(d.structure().objects(kind));
            }
            RelationshipService.Paired active = relationships.search(scope, null, RelationshipStatus.ACTIVE,
                    PageRequest.of(0, 1));
            assertThat(active.rows().getTotalElements()).isEqualTo(d.structure().relationships());
            assertThat(active.objects()).isEqualTo(d.structure().objectTotal());
            assertThat(relationships.search(scope, AssistedKind.ENTERPRISE, RelationshipStatus.ACTIVE,
                    PageRequest.of(0, 1)).chains()).isEqualTo(d.structure().chains());
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

    @Test
    void aPeriodThatCannotBeReadIsSaidOnItsFieldAndThisYearIsShown() throws Exception {
        RequestPostProcessor admin = Pages.account(jdbc, "ORG_ADMIN", f.team, null);
        String page = page("/dashboard?period=CUSTOM&from=2025-09&to=2025-03", admin);
        assertThat(page).contains("截止月份不能早于起始月份").contains("id=\"period-error\"")
                .as("what was typed stays in the form").contains("value=\"2025-09\"", "value=\"2025-03\"");
        String month = page("/dashboard?period=MONTH&month=2025-13", admin);
        assertThat(month).contains("月份格式应为 2026-03");
        assertThat(page("/dashboard?period=WEEK", admin)).as("an unknown kind of period, not an error page")
                .contains("无法识别，请重新选择", "id=\"period-error\"");
        assertThat(page("/dashboard?year=abc", admin)).contains("无法识别，请重新选择");
        String custom = page("/dashboard?period=CUSTOM&from=2024-12&to=2025-03", admin);
        assertThat(custom).contains("2024-12-01 至 2025-03-31").doesNotContain("period-error");
    }

    @Test
    void aPlainMemberAndAFirstSecretaryAreRefused() throws Exception {
        assertThat(status("/dashboard", Pages.account(jdbc, "MEMBER", f.groupA1, null))).isEqualTo(403);
        long object = jdbc.queryForObject("select min(id) from assisted_object", Long.class);
        assertThat(status("/dashboard", Pages.account(jdbc, "FIRST_SECRETARY", null, object))).isEqualTo(403);
        RequestPostProcessor a2Leader = Pages.account(jdbc, "GROUP_LEADER", f.groupA2, null);
        String list = page("/relationships/list?status=ACTIVE", a2Leader);
        assertThat(list).as("A2's one term, not A1's or B1's").contains("共 1 项结对，涉及 1 个帮扶对象");
        assertThat(status("/relationships/list", Pages.account(jdbc, "FIRST_SECRETARY", null, object)))
                .isEqualTo(403);
        String otherLeader = page("/dashboard?year=2025", a2Leader);
        assertThat(otherLeader).as("another group's leader sees their own group, not A1's figures")
                .doesNotContain("1,000,000");
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
        DashboardFixture.activity(jdbc, f.groupA2, "RESEARCH_VISIT", java.time.LocalDate.now().toString(), "REPORTED");
        assertThat(dashboards.dashboard(scope(Role.ORG_ADMIN, f.team), YEAR).attention().silentTotal()).isEqualTo(2);
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

    private String page(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private int status(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andReturn().getResponse().getStatus();
    }
}
