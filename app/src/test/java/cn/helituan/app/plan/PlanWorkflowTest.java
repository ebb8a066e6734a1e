package cn.helituan.app.plan;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.team.UnitKind;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A group's annual plan through the pages: written, handed in, approved or returned, amended only with a reason;
 * its tasks' actual values come from the activities logged against them; the organization department lists the
 * groups that have not handed theirs in. Each test has its own group under the demo's industry sub-team (whose
 * leader is "subteam"), paired with 青山村.
 */
class PlanWorkflowTest extends FullStackTest {

    static final RequestPostProcessor ADMIN = user("admin").roles("ORG_ADMIN");
    static final RequestPostProcessor SUB_TEAM = user("subteam").roles("SUB_TEAM_LEADER");
    static final int YEAR = LocalDate.now().getYear();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;

    long group;
    long qingshan;
    long member;
    RequestPostProcessor leader;
    RequestPostProcessor plainMember;

    @BeforeEach
    void aGroupOfItsOwn() throws Exception {
        Pages pages = new Pages(mvc);
        group = pages.createUnit(demo.unitId(Demo.INDUSTRY), UnitKind.GROUP, unique("计划小组"));
        qingshan = jdbc.queryForObject("select id from assisted_object where code = 'DEMO-001'", Long.class);
        jdbc.update("""
                insert into assistance_relationship (group_id, object_id, starts_on, ends_on, focus, status,
                                                     created_at, created_by)
                values (?, ?, current_date - 30, current_date + 300, 'RURAL_REVITALIZATION', 'ACTIVE', now(),
                        'test')""", group, qingshan);
        member = pages.createMember(unique("负责人"), Pages.mobile(), group, demo.workUnitId("县农业农村局"));
        leader = Pages.account(jdbc, "GROUP_LEADER", group, null);
        plainMember = Pages.account(jdbc, "MEMBER", group, null);
    }

    @Test
    void aPlanIsWrittenHandedInApprovedAndThenOnlyAmended() throws Exception {
        long plan = start(leader);
        assertThat(plan(plan)).containsEntry("status", "DRAFT").containsEntry("year", YEAR);
        assertThat(flash(act(plan, "/problems", leader, "objectId", qingshan, "description", "茶园老化、管护缺人")))
                .isEqualTo("flash.plan.problemAdded");
        long training = addTask(plan, leader, "KEY", "开展茶园管护培训", "TRAININGS_HELD", "3");
        assertThat(flash(act(plan, "/submit", leader))).isEqualTo("flash.plan.submitted");
        assertThat(plan(plan)).containsEntry("status", "SUBMITTED");

        MvcResult meanwhile = task(plan, leader, "ROUTINE", "走访农户", null, null, null);
        assertThat(body(meanwhile)).as("no change while in review").contains("审核期间不能修改").contains("走访农户");
        assertThat(liveTasks(plan)).isEqualTo(1);
        assertThat(act(plan, "/approve", leader).getResponse().getStatus()).as("the group does not approve itself")
                .isEqualTo(403);
        assertThat(flash(act(plan, "/approve", SUB_TEAM))).isEqualTo("flash.plan.approved");
        assertThat(plan(plan)).containsEntry("status", "APPROVED").containsEntry("approved_by", "subteam");
        assertThat(flash(act(plan, "/approve", ADMIN))).as("approving twice").isEqualTo("plan.refused.approve");

        MvcResult unexplained = task(plan, leader, "ROUTINE", "每月走访农户", null, null, null);
        assertThat(unexplained.getResponse().getStatus()).isEqualTo(200);
        assertThat(unexplained.getResponse().getContentAsString()).contains("计划已审定，调整须说明理由")
                .contains("每月走访农户");
        assertThat(liveTasks(plan)).isEqualTo(1);
        MvcResult amended = task(plan, leader, "ROUTINE", "每月走访农户", null, null, "村两委要求增加走访");
        assertThat(amended.getResponse().getStatus()).isEqualTo(302);
        assertThat(liveTasks(plan)).isEqualTo(2);
        assertThat(jdbc.queryForMap("select reason, change from plan_amendment where plan_id = ?", plan))
                .containsEntry("reason", "村两委要求增加走访").containsEntry("change", "plan.change.taskAdded:每月走访农户");
        String page = page("/plans/" + plan, leader);
        assertThat(page).contains("新增任务“每月走访农户”", "村两委要求增加走访", "茶园老化、管护缺人");
        assertThat(jdbc.queryForObject("select removed from plan_task where id = ?", Boolean.class, training))
                .isFalse();
    }

    @Test
    void theActualIsSummedFromTheActivitiesLoggedAgainstATask() throws Exception {
        long plan = start(leader);
        long training = addTask(plan, leader, "KEY", "开展茶园管护培训", "TRAININGS_HELD", "3");
        log(training, "2");
        assertThat(page("/plans/" + plan, leader)).contains("培训（场次）：目标 3，实际 2（已确认 0）")
                .contains("任务完成 0 / 1");
        log(training, "1");
        assertThat(page("/plans/" + plan, leader)).contains("目标 3，实际 3").contains("任务完成 1 / 1");
        assertThat(page("/plans?year=" + YEAR + "&unit=" + group, SUB_TEAM)).contains("任务完成 1 / 1");
    }

    @Test
    void theTaskListShowsTheScopesTasksPlannedAgainstActual() throws Exception {
        long plan = start(leader);
        long training = addTask(plan, leader, "KEY", "开展茶园管护培训", "TRAININGS_HELD", "2");
        addTask(plan, leader, "ROUTINE", "走访农户", null, null);
        log(training, "2");
        String list = page("/plans/tasks?year=" + YEAR + "&unit=" + group, SUB_TEAM);
        assertThat(list).contains("开展茶园管护培训", "培训（场次）：目标 2，实际 2", "走访农户", "2 项任务");
        assertThat(page("/plans/tasks?year=" + YEAR + "&unit=" + group + "&open=true", SUB_TEAM))
                .as("the training is done").doesNotContain("开展茶园管护培训").contains("走访农户");
        assertThat(page("/plans/tasks?year=" + YEAR + "&unit=" + group + "&kind=KEY", SUB_TEAM))
                .contains("开展茶园管护培训").doesNotContain("走访农户");
        RequestPostProcessor otherLeader = Pages.account(jdbc, "GROUP_LEADER", demo.unitId(Demo.ECOMMERCE_GROUP),
                null);
        assertThat(page("/plans/tasks?year=" + YEAR, otherLeader)).doesNotContain("开展茶园管护培训");
        assertThat(status("/plans/tasks?year=" + YEAR + "&unit=" + group, otherLeader)).isEqualTo(404);
        byte[] xlsx = mvc.perform(get("/plans/tasks/export?year=" + YEAR + "&unit=" + group).with(SUB_TEAM))
                .andReturn().getResponse().getContentAsByteArray();
        StringBuilder text = new StringBuilder();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
        }
        assertThat(text.toString()).contains("开展茶园管护培训", "走访农户");
    }

    @Test
    void aReturnedPlanNeedsAReasonAndIsHandedInAgain() throws Exception {
        long plan = start(SUB_TEAM);
        assertThat(flash(act(plan, "/submit", leader))).as("no task yet").isEqualTo("plan.tasks.required");
        addTask(plan, leader, "ROUTINE", "走访农户", null, null);
        act(plan, "/submit", leader);
        assertThat(flash(act(plan, "/return", SUB_TEAM))).isEqualTo("plan.reason.required");
        assertThat(plan(plan)).containsEntry("status", "SUBMITTED");
        assertThat(flash(act(plan, "/return", SUB_TEAM, "reason", "任务缺少量化目标"))).isEqualTo("flash.plan.returned");
        assertThat(plan(plan)).containsEntry("status", "RETURNED").containsEntry("returned_reason", "任务缺少量化目标");
        assertThat(page("/plans/" + plan, leader)).contains("退回修改：任务缺少量化目标");
        assertThat(flash(act(plan, "/return", SUB_TEAM, "reason", "再退一次"))).isEqualTo("plan.refused.return");
        assertThat(flash(act(plan, "/submit", leader))).isEqualTo("flash.plan.submitted");
        assertThat(plan(plan)).containsEntry("status", "SUBMITTED");
    }

    @Test
    void aTaskWithAWrongTargetOrDateIsRefusedOnItsField() throws Exception {
        long plan = start(leader);
        assertThat(body(task(plan, leader, "KEY", "安置就业", "PEOPLE_EMPLOYED", "2.5", null)))
                .contains("目标须为整数").contains("安置就业");
        assertThat(body(task(plan, leader, "KEY", "落实资金", "FUNDS_SECURED", "100.555", null)))
                .contains("金额最多精确到分");
        assertThat(body(task(plan, leader, "KEY", "引进项目", null, "2", null))).contains("须同时填写指标和数值");
        MvcResult late = mvc.perform(taskRequest(plan, leader, "KEY", "明年的事", null, null, null)
                .param("dueOn", LocalDate.of(YEAR + 1, 1, 15).toString())).andReturn();
        assertThat(body(late)).contains("完成时限须在 " + YEAR + " 年内");
        long other = jdbc.queryForObject("select id from assisted_object where code = 'DEMO-003'", Long.class);
        MvcResult unpaired = mvc.perform(taskRequest(plan, leader, "KEY", "别村的任务", null, null, null)
                .param("objectIds", String.valueOf(other)).param("dueOn", LocalDate.of(YEAR, 12, 1).toString()))
                .andReturn();
        assertThat(body(unpaired)).contains("只能选择本组结对的帮扶对象");
        assertThat(liveTasks(plan)).isZero();
    }

    @Test
    void theDepartmentSeesWhoHasNotHandedInByTheDeadline() throws Exception {
        long plan = start(leader);
        String list = page("/plans?year=" + YEAR + "&missing=true&unit=" + group, ADMIN);
        assertThat(list).contains("编制中").contains("id=\"tally-missing\"");
        assertThat(flash(mvc.perform(post("/plans/deadline").with(ADMIN).with(csrf()).param("year", String.valueOf(YEAR))
                .param("dueOn", LocalDate.of(YEAR + 1, 3, 31).toString())).andReturn()))
                .isEqualTo("plan.deadline.inYear");
        assertThat(flash(mvc.perform(post("/plans/deadline").with(SUB_TEAM).with(csrf())
                .param("year", String.valueOf(YEAR)).param("dueOn", LocalDate.of(YEAR, 1, 1).toString())).andReturn()))
                .as("only the whole deployment's department sets it").isNull();
        addTask(plan, leader, "ROUTINE", "走访农户", null, null);
        act(plan, "/submit", leader);
        assertThat(page("/plans?year=" + YEAR + "&missing=true&unit=" + group, ADMIN)).contains("没有符合条件的帮扶组");
        assertThat(page("/plans?year=" + YEAR + "&status=SUBMITTED&unit=" + group, ADMIN)).contains("已报送待审");
    }

    @Test
    void scopeOnEveryPlanEndpoint() throws Exception {
        long plan = start(leader);
        long task = addTask(plan, leader, "ROUTINE", "走访农户", null, null);
        RequestPostProcessor otherLeader = Pages.account(jdbc, "GROUP_LEADER", demo.unitId(Demo.ECOMMERCE_GROUP),
                null);
        RequestPostProcessor secretary = user("secretary").roles("FIRST_SECRETARY");
        Map<String, Object> before = plan(plan);

        assertThat(status("/plans/" + plan, otherLeader)).isEqualTo(404);
        assertThat(status("/plans/group/" + group, otherLeader)).isEqualTo(404);
        assertThat(status("/plans/" + plan + "/tasks/new", otherLeader)).isEqualTo(404);
        assertThat(status("/plans", secretary)).isEqualTo(403);
        assertThat(status("/plans/" + plan, secretary)).isEqualTo(404);
        assertThat(page("/plans/" + plan, plainMember)).contains("走访农户").doesNotContain("id=\"submit-plan\"");
        assertThat(status("/plans/" + plan + "/tasks/new", plainMember)).isEqualTo(403);
        for (RequestPostProcessor who : new RequestPostProcessor[] {otherLeader, plainMember, secretary}) {
            for (String action : new String[] {"/submit", "/approve", "/return", "/tasks/" + task + "/remove",
                "/tasks/" + task + "/done", "/problems"}) {
                assertThat(act(plan, action, who, "reason", "越权", "objectId", qingshan, "description", "越权")
                        .getResponse().getStatus()).as(action).isIn(403, 404);
            }
            assertThat(mvc.perform(post("/plans/group/" + group + "/start").with(who).with(csrf())
                    .param("year", String.valueOf(YEAR + 1))).andReturn().getResponse().getStatus()).isIn(403, 404);
        }
        assertThat(plan(plan)).isEqualTo(before);
        assertThat(liveTasks(plan)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from annual_plan where group_id = ?", Long.class, group))
                .isEqualTo(1);
    }

    // --- steps ---

    private long start(RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(post("/plans/group/" + group + "/start").with(who).with(csrf())
                .param("year", String.valueOf(YEAR))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        return Pages.redirectId(result);
    }

    private long addTask(long plan, RequestPostProcessor who, String kind, String title, String figure, String value)
            throws Exception {
        MvcResult result = task(plan, who, kind, title, figure, value, null);
        assertThat(result.getResponse().getStatus()).as("adding " + title).isEqualTo(302);
        return jdbc.queryForObject("select max(id) from plan_task where plan_id = ? and title = ?", Long.class, plan,
                title);
    }

    private MvcResult task(long plan, RequestPostProcessor who, String kind, String title, String figure,
                           String value, String amendment) throws Exception {
        MockHttpServletRequestBuilder request = taskRequest(plan, who, kind, title, figure, value, amendment)
                .param("dueOn", LocalDate.of(YEAR, 12, 31).toString()).param("objectIds", String.valueOf(qingshan));
        return mvc.perform(request).andReturn();
    }

    private MockHttpServletRequestBuilder taskRequest(long plan, RequestPostProcessor who, String kind, String title,
                                                      String figure, String value, String amendment) {
        MockHttpServletRequestBuilder request = post("/plans/" + plan + "/tasks/new").with(who).with(csrf())
                .param("kind", kind).param("title", title).param("ownerId", String.valueOf(member));
        if (figure != null) {
            request.param("targetFigure", figure);
        }
        if (value != null) {
            request.param("targetValue", value);
        }
        if (amendment != null) {
            request.param("amendment", amendment);
        }
        return request;
    }

    private void log(long task, String trainings) throws Exception {
        long type = jdbc.queryForObject("select id from activity_type where code = 'SKILLS_TRAINING'", Long.class);
        MvcResult result = mvc.perform(post("/activities/new").with(leader).with(csrf())
                .param("groupId", String.valueOf(group)).param("typeId", String.valueOf(type))
                .param("occurredOn", LocalDate.now().toString()).param("title", "茶园管护培训")
                .param("objectIds", String.valueOf(qingshan)).param("trainingsHeld", trainings)
                .param("taskId", String.valueOf(task))).andReturn();
        assertThat(result.getResponse().getStatus()).as("logging").isEqualTo(302);
    }

    private MvcResult act(long plan, String action, RequestPostProcessor who, Object... params) throws Exception {
        MockHttpServletRequestBuilder request = post("/plans/" + plan + action).with(who).with(csrf())
                .param("version", String.valueOf(plan(plan).get("version")));
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(String.valueOf(params[i]), String.valueOf(params[i + 1]));
        }
        return mvc.perform(request).andReturn();
    }

    private static String flash(MvcResult result) {
        Object success = result.getFlashMap().get("success");
        return success != null ? (String) success : (String) result.getFlashMap().get("failure");
    }

    private static String body(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private Map<String, Object> plan(long id) {
        return jdbc.queryForMap("select * from annual_plan where id = ?", id);
    }

    private long liveTasks(long plan) {
        return jdbc.queryForObject("select count(*) from plan_task where plan_id = ? and not removed", Long.class,
                plan);
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
