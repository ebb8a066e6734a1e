package cn.helituan.app.plan;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.message.Inbox;
import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.team.UnitKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A plan handed in is told to the sub-team leader accounts above the group; returned or approved, to the group's
 * leader accounts. Not to the group's members, another sub-team's leader, or whoever took the step.
 */
class PlanMessagesTest extends FullStackTest {

    static final int YEAR = LocalDate.now().getYear();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;

    private MvcResult act(RequestPostProcessor who, String url, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post(url).with(who).with(csrf());
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(302);
        return result;
    }

    private String version(long plan) {
        return String.valueOf(jdbc.queryForObject("select version from annual_plan where id = ?", Long.class, plan));
    }

    @Test
    void handedInReturnedAndApprovedAreToldToThoseWhoActNext() throws Exception {
        Pages pages = new Pages(mvc);
        String name = unique("消息小组");
        long group = pages.createUnit(demo.unitId(Demo.INDUSTRY), UnitKind.GROUP, name);
        long qingshan = jdbc.queryForObject("select id from assisted_object where code = 'DEMO-001'", Long.class);
        jdbc.update("""
                insert into assistance_relationship (group_id, object_id, starts_on, ends_on, focus, status,
                                                     created_at, created_by)
                values (?, ?, current_date - 30, current_date + 300, 'RURAL_REVITALIZATION', 'ACTIVE', now(),
                        'test')""", group, qingshan);
        long owner = pages.createMember(unique("负责人"), Pages.mobile(), group, demo.workUnitId("县农业农村局"));
        RequestPostProcessor leader = Pages.account(jdbc, "GROUP_LEADER", group, null);
        RequestPostProcessor member = Pages.account(jdbc, "MEMBER", group, null);
        RequestPostProcessor subTeam = Pages.account(jdbc, "SUB_TEAM_LEADER", demo.unitId(Demo.INDUSTRY), null);
        RequestPostProcessor otherSubTeam = Pages.account(jdbc, "SUB_TEAM_LEADER", demo.unitId(Demo.WELFARE), null);

        long plan = Pages.redirectId(act(leader, "/plans/group/" + group + "/start", "year", String.valueOf(YEAR)));
        act(leader, "/plans/" + plan + "/tasks/new", "kind", "ROUTINE", "title", "走访农户", "ownerId",
                String.valueOf(owner), "dueOn", LocalDate.of(YEAR, 12, 31).toString(), "objectIds",
                String.valueOf(qingshan));
        act(leader, "/plans/" + plan + "/submit", "version", version(plan));
        String handedIn = name + " 已报送 " + YEAR + " 年度计划，请审核";
        assertThat(Inbox.of(mvc, subTeam)).contains(handedIn);
        assertThat(Inbox.of(mvc, otherSubTeam)).doesNotContain(name);
        assertThat(Inbox.of(mvc, leader)).as("who handed it in").doesNotContain(name);

        act(subTeam, "/plans/" + plan + "/return", "version", version(plan), "reason", "任务缺少量化目标");
        assertThat(Inbox.of(mvc, leader)).contains(name + " " + YEAR + " 年度计划被退回：任务缺少量化目标");
        assertThat(Inbox.of(mvc, member)).doesNotContain(name);

        act(leader, "/plans/" + plan + "/submit", "version", version(plan));
        act(subTeam, "/plans/" + plan + "/approve", "version", version(plan));
        assertThat(Inbox.of(mvc, leader)).contains(name + " " + YEAR + " 年度计划已审核通过");
        assertThat(Inbox.of(mvc, member)).doesNotContain(name);
        assertThat(Inbox.of(mvc, subTeam)).as("the reviewer is not told their own step")
                .doesNotContain("年度计划已审核通过");
    }
}
