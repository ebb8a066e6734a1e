package cn.helituan.app.crossteam;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.crossteam.CrossTeamBudget;
import cn.helituan.domain.crossteam.CrossTeamDetails;
import cn.helituan.domain.crossteam.CrossTeamService;
import cn.helituan.domain.crossteam.SpendingDetails;
import cn.helituan.domain.demand.Demand;
import cn.helituan.domain.demand.DemandChoices;
import cn.helituan.domain.demand.DemandDetails;
import cn.helituan.domain.demand.DemandMatching;
import cn.helituan.domain.demand.DemandWorkflow;
import cn.helituan.domain.demand.MatchDetails;
import cn.helituan.domain.demand.Project;
import cn.helituan.domain.demand.Urgency;
import cn.helituan.domain.team.UnitField;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The team's page lists the projects its spending paid for and the demands they answer (issue 23): each project once
 * however many entries name it, a cancelled entry's project not at all, the first five of each with a link to its page
 * and "全部 6 个" to the page of them all, which lists every one once with its demand; the leader reads the same.
 */
class CrossTeamProjectsTest extends FullStackTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;
    @Autowired
    Clock clock;
    @Autowired
    CrossTeamService teams;
    @Autowired
    CrossTeamBudget budget;
    @Autowired
    DemandWorkflow demands;
    @Autowired
    DemandMatching matching;
    @Autowired
    DemandChoices choices;

    @Test
    void theTeamsPageListsItsProjectsAndTheDemandsTheyAnswerEachOnce() throws Exception {
        Scope system = Scope.system();
        LocalDate today = LocalDate.now(clock);
        String leader = jdbc.queryForObject("""
                select m.mobile from member m join account a on a.member_id = m.id where a.username = 'secretary'""",
                String.class);
        long team = teams.create(system, demo.unitId(Demo.TEAM), new CrossTeamDetails(unique("项目跨镇服务队"),
                UnitField.MEDICAL, today.getYear(), leader, null, new BigDecimal("20000"), 3, 5)).getId();
        List<Project> projects = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            projects.add(project(unique("服务队项目" + i), today));
        }
        // the first project paid twice, five more once, the seventh by an entry then cancelled
        for (int i = 0; i < 7; i++) {
            spend(team, projects.get(i).getId(), today);
        }
        spend(team, projects.get(0).getId(), today);
        long cancelled = jdbc.queryForObject("select id from cross_team_spending where team_id = ? and project_id = ?",
                Long.class, team, projects.get(6).getId());
        budget.cancel(system, team, cancelled, 0, "录错项目");

        for (RequestPostProcessor who : List.of(CrossTeamTest.ADMIN, CrossTeamTest.LEADER)) {
            String page = page("/cross-teams/" + team, who);
            assertThat(page).contains("服务队项目（6）", "解决的需求（6）", "全部 6 个");
            assertThat(count(page, "data-project=\"")).as("five projects shown").isEqualTo(5);
            assertThat(count(page, "data-demand=\"")).as("five demands shown").isEqualTo(5);
            assertThat(page).as("the cancelled entry's project is not the team's")
                    .doesNotContain(projects.get(6).getTitle());
            assertThat(page).contains("href=\"/cross-teams/" + team + "/projects\"", projects.get(5).getTitle());
        }
        // the department opens every project and demand from here
        assertThat(page("/cross-teams/" + team, CrossTeamTest.ADMIN)).contains(
                "href=\"/projects/" + projects.get(5).getId() + "\"",
                "href=\"/demands/" + projects.get(5).getDemand().getId() + "\"");
        // the leader, 青山村's first secretary, reads the team but not the medical group's projects in 柳河社区 nor
        // their demands: their names without a link to a page that would refuse them
        String leaders = page("/cross-teams/" + team, CrossTeamTest.LEADER);
        assertThat(leaders).doesNotContain("href=\"/projects/" + projects.get(5).getId() + "\"",
                "href=\"/demands/" + projects.get(5).getDemand().getId() + "\"");
        assertThat(mvc.perform(get("/projects/" + projects.get(5).getId()).with(CrossTeamTest.LEADER)).andReturn()
                .getResponse().getStatus()).as("the page the link would open").isIn(403, 404);
        String leadersAll = page("/cross-teams/" + team + "/projects", CrossTeamTest.LEADER);
        assertThat(leadersAll).contains(projects.get(0).getTitle())
                .doesNotContain("href=\"/projects/" + projects.get(0).getId() + "\"");

        String all = page("/cross-teams/" + team + "/projects", CrossTeamTest.ADMIN);
        for (int i = 0; i < 6; i++) {
            assertThat(count(all, "data-project=\"" + projects.get(i).getId() + "\"")).as("project " + i + " once")
                    .isEqualTo(1);
            assertThat(all).contains("href=\"/demands/" + projects.get(i).getDemand().getId() + "\"");
        }
        assertThat(all).doesNotContain(projects.get(6).getTitle());
    }

    private Project project(String title, LocalDate today) {
        Scope system = Scope.system();
        long object = jdbc.queryForObject("select id from assisted_object where name = '柳河社区'", Long.class);
        Long category = choices.categories().get(0).getId();
        Demand demand = demands.raise(system, new DemandDetails(object, category, title, "服务队项目的需求",
                Urgency.NORMAL, today.plusMonths(2)));
        demands.accept(system, demand.getId(), version(demand.getId()));
        return matching.match(system, demand.getId(), version(demand.getId()), new MatchDetails(title,
                demo.unitId(Demo.MEDICAL_GROUP), null, today, today.plusMonths(1), new BigDecimal("1000"), Map.of()));
    }

    private long version(long demandId) {
        return jdbc.queryForObject("select version from demand where id = ?", Long.class, demandId);
    }

    private void spend(long team, long project, LocalDate today) {
        budget.spend(Scope.system(), team, new SpendingDetails(today, "项目支出", new BigDecimal("10.00"), null,
                project, false, null), null);
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
