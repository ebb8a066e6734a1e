package cn.helituan.app.demand;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.TestClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;

/**
 * The problem-solving workflow through the pages: a first secretary raises a demand, the organization department
 * accepts it and makes it a project with a resource, the group logs the activity that solves it and reports it solved,
 * and only the first secretary's confirmation makes it resolved. Every refused step says why and changes nothing.
 */
class DemandWorkflowTest extends DemandTestBase {

    @Test
    void aDemandIsResolvedOnlyWhenItsVillageSaysSo() throws Exception {
        String title = unique("茶园缺少技术培训");
        long id = raise(SECRETARY, qingshan, "SKILLS", title);
        assertThat(row(id)).containsEntry("status", "RAISED").containsEntry("raised_by_object", true)
                .containsEntry("created_by", "secretary");
        assertThat(page("/demands?object=" + qingshan, SECRETARY)).contains(title);

        long training = resource("SKILLS", unique("种植技术培训"), "10");
        long project = acceptAndMatch(id, training, "4");
        assertThat(status(id)).isEqualTo("MATCHED");
        assertThat(jdbc.queryForObject("select allocated from resource where id = ?", BigDecimal.class, training))
                .as("the project took 4 of the 10 days").isEqualByComparingTo("4");
        assertThat(jdbc.queryForObject("select count(*) from demand_suggestion where demand_id = ? and kind = 'GROUP'"
                + " and target_id = ? and decision = 'ACCEPTED'", Long.class, id, tea))
                .as("the suggestion taken is recorded").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from demand_suggestion where demand_id = ? and kind = "
                + "'RESOURCE' and target_id = ? and decision = 'ACCEPTED'", Long.class, id, training)).isEqualTo(1);

        // the group logs the activity for the project: the demand is under way
        long visit = jdbc.queryForObject("select id from activity_type where code = 'SKILLS_TRAINING'", Long.class);
        MvcResult logged = mvc.perform(post("/activities/new").with(LEADER).with(csrf())
                .param("groupId", String.valueOf(tea)).param("typeId", String.valueOf(visit))
                .param("occurredOn", LocalDate.now().toString()).param("title", "茶园修剪培训")
                .param("objectIds", String.valueOf(qingshan)).param("projectId", String.valueOf(project))).andReturn();
        assertThat(logged.getResponse().getStatus()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("IN_PROGRESS");
        assertThat(page("/projects/" + project, LEADER)).contains("茶园修剪培训");
        assertThat(page(logged.getResponse().getRedirectedUrl(), LEADER))
                .as("the activity's page names its project and links to it")
                .contains("id=\"activity-project\" href=\"/projects/" + project + "\"").contains("项目 " + id);

        assertThat(flash(step(id, "solve", LEADER))).isEqualTo("flash.demand.solved");
        assertThat(status(id)).as("the group's word is not the end").isEqualTo("SOLVED");
        assertThat(jdbc.queryForObject("select status from project where id = ?", String.class, project))
                .isEqualTo("DONE");
        assertThat(step(id, "confirm", LEADER).getResponse().getStatus()).as("the group does not confirm itself")
                .isEqualTo(403);
        assertThat(step(id, "confirm", ADMIN).getResponse().getStatus())
                .as("nor the department, for a village's own demand").isEqualTo(403);
        assertThat(status(id)).isEqualTo("SOLVED");

        String asked = page("/demands/" + id, SECRETARY);
        assertThat(asked).contains("id=\"confirm-resolved\"");
        assertThat(flash(step(id, "confirm", SECRETARY))).isEqualTo("flash.demand.resolved");
        assertThat(row(id)).containsEntry("status", "RESOLVED");
        assertThat(row(id).get("resolved_on").toString()).isEqualTo(LocalDate.now(TestClock.ZONE).toString());

        assertThat(flash(step(id, "confirm", SECRETARY))).as("a second confirmation")
                .isEqualTo("demand.refused.confirm");
        assertThat(page("/demands/" + id, SECRETARY)).as("its history shows who moved it")
                .contains("青山村第一书记", "组织部管理员", leaderName())
                .doesNotContain("id=\"confirm-resolved\"");
    }

    @Test
    void theVillageReopensADemandThatIsNotSolved() throws Exception {
        long id = raise(SECRETARY, qingshan, "INFRASTRUCTURE", unique("饮水管网老化"));
        long project = acceptAndMatch(id, null, null);
        step(id, "solve", LEADER);

        assertThat(flash(step(id, "reopen", SECRETARY, "reason", " "))).isEqualTo("demand.reason.required");
        assertThat(status(id)).isEqualTo("SOLVED");
        assertThat(flash(step(id, "reopen", SECRETARY, "reason", "三组还没有通水"))).isEqualTo("flash.demand.reopened");
        assertThat(row(id)).containsEntry("status", "IN_PROGRESS").containsEntry("reason", "三组还没有通水");
        assertThat(jdbc.queryForObject("select status from project where id = ?", String.class, project))
                .as("its project resumes").isEqualTo("ACTIVE");
        assertThat(page("/demands/" + id, LEADER)).contains("三组还没有通水");
    }

    @Test
    void aDeclinedDemandNeedsAReasonAndGoesNoFurther() throws Exception {
        long id = raise(SECRETARY, qingshan, "OTHER", unique("修建广场"));
        assertThat(flash(step(id, "decline", ADMIN))).isEqualTo("demand.reason.required");
        assertThat(status(id)).isEqualTo("RAISED");
        assertThat(flash(step(id, "decline", ADMIN, "reason", "不属于帮扶范围"))).isEqualTo("flash.demand.declined");
        assertThat(row(id)).containsEntry("status", "DECLINED").containsEntry("reason", "不属于帮扶范围");

        assertThat(flash(step(id, "accept", ADMIN))).isEqualTo("demand.refused.accept");
        assertThat(flash(step(id, "confirm", SECRETARY))).as("resolving a declined demand")
                .isEqualTo("demand.refused.confirm");
        assertThat(flash(step(id, "solve", LEADER))).isEqualTo("demand.refused.solve");
        assertThat(status(id)).isEqualTo("DECLINED");
    }

    @Test
    void acceptingTwiceIsRefused() throws Exception {
        long id = raise(SECRETARY, qingshan, "EDUCATION", unique("留守儿童辅导"));
        assertThat(flash(step(id, "accept", SUB_TEAM))).as("the sub-team over the paired group")
                .isEqualTo("flash.demand.accepted");
        long version = version(id);
        assertThat(flash(step(id, "accept", ADMIN))).isEqualTo("demand.refused.accept");
        assertThat(version(id)).isEqualTo(version);
    }

    @Test
    void cannotBeSolvedIsReviewedByAnotherHand() throws Exception {
        long id = raise(SECRETARY, qingshan, "INDUSTRY", unique("建冷库"));
        long project = acceptAndMatch(id, null, null);
        assertThat(flash(step(id, "unsolvable", LEADER))).isEqualTo("demand.reason.required");
        assertThat(status(id)).isEqualTo("MATCHED");
        assertThat(flash(step(id, "unsolvable", LEADER, "reason", "用地指标无法落实")))
                .isEqualTo("flash.demand.unsolvableProposed");
        assertThat(row(id)).containsEntry("status", "UNSOLVABLE_PROPOSED").containsEntry("status_before", "MATCHED");

        assertThat(step(id, "review", LEADER, "agreed", "true").getResponse().getStatus())
                .as("the group does not review its own proposal").isEqualTo(403);
        assertThat(flash(step(id, "review", ADMIN, "agreed", "false"))).isEqualTo("flash.demand.unsolvableRefused");
        assertThat(row(id)).containsEntry("status", "MATCHED").containsEntry("reason", null);

        step(id, "unsolvable", LEADER, "reason", "用地指标无法落实");
        assertThat(flash(step(id, "review", ADMIN, "agreed", "true"))).isEqualTo("flash.demand.unsolvable");
        assertThat(status(id)).isEqualTo("UNSOLVABLE");
        assertThat(jdbc.queryForObject("select status from project where id = ?", String.class, project))
                .isEqualTo("STOPPED");
        assertThat(flash(step(id, "review", ADMIN, "agreed", "true"))).isEqualTo("demand.refused.review");
    }

    @Test
    void theDepartmentDoesNotReviewItsOwnProposal() throws Exception {
        long id = raise(SECRETARY, qingshan, "HEALTH", unique("卫生室缺设备"));
        step(id, "accept", ADMIN);
        assertThat(flash(step(id, "unsolvable", ADMIN, "reason", "超出县级能力"))).isEqualTo(
                "flash.demand.unsolvableProposed");
        assertThat(flash(step(id, "review", ADMIN, "agreed", "true"))).isEqualTo("demand.review.own");
        assertThat(status(id)).isEqualTo("UNSOLVABLE_PROPOSED");
    }

    @Test
    void badInputIsRefusedOnItsFieldAndNothingIsSaved() throws Exception {
        long before = jdbc.queryForObject("select count(*) from demand", Long.class);
        MvcResult blank = mvc.perform(post("/demands/new").with(SECRETARY).with(csrf())
                .param("objectId", String.valueOf(qingshan)).param("categoryId", String.valueOf(category("SKILLS")))
                .param("title", "").param("urgency", "NORMAL")
                .param("wantedBy", LocalDate.now().minusDays(1).toString())).andReturn();
        assertThat(blank.getResponse().getStatus()).isEqualTo(200);
        BindingResult errors = (BindingResult) blank.getModelAndView().getModel()
                .get(BindingResult.MODEL_KEY_PREFIX + "demandForm");
        assertThat(errors.hasFieldErrors("title")).isTrue();
        assertThat(blank.getResponse().getContentAsString()).contains("invalid-feedback");

        MvcResult past = mvc.perform(post("/demands/new").with(SECRETARY).with(csrf())
                .param("objectId", String.valueOf(qingshan)).param("categoryId", String.valueOf(category("SKILLS")))
                .param("title", "过去的日期").param("urgency", "NORMAL")
                .param("wantedBy", LocalDate.now().minusDays(1).toString())).andReturn();
        assertThat(past.getResponse().getContentAsString()).contains("期望解决时间不能早于今天").contains("过去的日期");

        MvcResult outside = mvc.perform(post("/demands/new").with(SECRETARY).with(csrf())
                .param("objectId", String.valueOf(shimen)).param("categoryId", String.valueOf(category("SKILLS")))
                .param("title", "别村的需求").param("urgency", "NORMAL")).andReturn();
        assertThat(outside.getResponse().getStatus()).isEqualTo(200);
        assertThat(outside.getResponse().getContentAsString()).contains("这个帮扶对象不在您的范围内");
        assertThat(jdbc.queryForObject("select count(*) from demand", Long.class)).isEqualTo(before);
    }

    @Test
    void aStaleEditIsAConflictThatKeepsTheInput() throws Exception {
        long id = raise(SECRETARY, qingshan, "SKILLS", unique("缺少厨师培训"));
        long stale = version(id);
        jdbc.update("update demand set version = version + 1 where id = ?", id);
        MvcResult result = mvc.perform(post("/demands/" + id + "/edit").with(SECRETARY).with(csrf())
                .param("version", String.valueOf(stale)).param("categoryId", String.valueOf(category("SKILLS")))
                .param("title", "改过的标题").param("urgency", "NORMAL")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(409);
        assertThat(result.getResponse().getContentAsString()).contains("改过的标题");
        assertThat(row(id).get("title").toString()).startsWith("缺少厨师培训");

        step(id, "accept", ADMIN);
        MvcResult late = mvc.perform(post("/demands/" + id + "/edit").with(SECRETARY).with(csrf())
                .param("version", String.valueOf(version(id))).param("categoryId", String.valueOf(category("SKILLS")))
                .param("title", "受理后再改").param("urgency", "NORMAL")).andReturn();
        assertThat(late.getResponse().getStatus()).as("the edit page is not offered once accepted").isEqualTo(403);
        assertThat(row(id).get("title").toString()).startsWith("缺少厨师培训");
    }

    @Test
    void aMatchThatAsksTooMuchLeavesNothingBehind() throws Exception {
        long id = raise(SECRETARY, qingshan, "SKILLS", unique("电工培训"));
        long small = resource("SKILLS", unique("电工培训名额"), "3");
        step(id, "accept", ADMIN);
        MvcResult result = mvc.perform(post("/demands/" + id + "/match").with(ADMIN).with(csrf())
                .param("version", String.valueOf(version(id))).param("title", "电工培训项目")
                .param("groupId", String.valueOf(tea)).param("startsOn", LocalDate.now().toString())
                .param("deadline", LocalDate.now().plusMonths(1).toString())
                .param("amounts[" + small + "]", "5")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("只剩 3").contains("电工培训项目");
        assertThat(status(id)).isEqualTo("ACCEPTED");
        assertThat(jdbc.queryForObject("select allocated from resource where id = ?", BigDecimal.class, small))
                .isEqualByComparingTo("0");
        assertThat(jdbc.queryForObject("select count(*) from project where demand_id = ?", Long.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from demand_suggestion where demand_id = ?", Long.class, id))
                .isZero();

        MvcResult backwards = mvc.perform(post("/demands/" + id + "/match").with(ADMIN).with(csrf())
                .param("version", String.valueOf(version(id))).param("title", "电工培训项目")
                .param("groupId", String.valueOf(tea)).param("startsOn", LocalDate.now().toString())
                .param("deadline", LocalDate.now().minusDays(1).toString())).andReturn();
        assertThat(backwards.getResponse().getContentAsString()).contains("截止日期不能早于开始日期");
        assertThat(status(id)).isEqualTo("ACCEPTED");
    }

    @Test
    void theFiguresCountTheScopesDemandsByWhereTheyStand() throws Exception {
        String before = page("/demands?object=" + qingshan, SECRETARY);
        long collected = Long.parseLong(between(before, "id=\"tally-collected\">", "<"));
        long id = raise(SECRETARY, qingshan, "EMPLOYMENT", unique("返乡青年就业"));
        String after = page("/demands?object=" + qingshan, SECRETARY);
        assertThat(Long.parseLong(between(after, "id=\"tally-collected\">", "<"))).isEqualTo(collected + 1);
        assertThat(page("/", SECRETARY)).contains("id=\"demands-collected\"");
        jdbc.update("update demand set wanted_by = current_date - 1 where id = ?", id);
        assertThat(page("/demands?overdue=true", SECRETARY)).contains("返乡青年就业");
        assertThat(page("/demands?status=RESOLVED", SECRETARY)).doesNotContain("返乡青年就业");
    }

    /** The organization department raises a demand for a town (registered as an object of the kind 乡镇). */
    @Test
    void theDepartmentRaisesADemandForATown() throws Exception {
        long town = jdbc.queryForObject("""
                insert into assisted_object (kind, name, code, region_id, categories, goals, created_at, created_by)
                values ('TOWN', '青山镇', ?, (select id from region where code = 'DEMO-R01'), '', '', now(), 'test')
                returning id""", Long.class, unique("TOWN"));
        assertThat(page("/objects/" + town, ADMIN)).contains("乡镇").contains("id=\"object-raise-demand\"");
        long id = raise(ADMIN, town, "INFRASTRUCTURE", unique("镇区污水管网改造"));
        assertThat(row(id)).containsEntry("status", "RAISED").containsEntry("raised_by_object", false)
                .containsEntry("object_id", town);
        assertThat(page("/demands?object=" + town, ADMIN)).contains("镇区污水管网改造");
        step(id, "accept", ADMIN);
        assertThat(status(id)).isEqualTo("ACCEPTED");
    }

    /** The whole deployment's figures come from the status tally the triggers keep: they must equal a count. */
    @Test
    void theWholeDeploymentsFiguresEqualACountOfItsDemands() throws Exception {
        long id = raise(SECRETARY, qingshan, "EMPLOYMENT", unique("技能证书培训"));
        acceptAndMatch(id, null, null);
        step(id, "solve", LEADER);
        step(id, "confirm", SECRETARY);
        long other = raise(SECRETARY, qingshan, "EMPLOYMENT", unique("务工信息"));
        step(other, "decline", ADMIN, "reason", "已有渠道");
        long late = raise(SECRETARY, qingshan, "EMPLOYMENT", unique("逾期的需求"));
        jdbc.update("update demand set wanted_by = current_date - 3 where id = ?", late);
        String page = page("/demands", ADMIN);
        assertThat(Long.parseLong(between(page, "id=\"tally-collected\">", "<")))
                .isEqualTo(count("select count(*) from demand"));
        assertThat(Long.parseLong(between(page, "id=\"tally-resolved\">", "<")))
                .isEqualTo(count("select count(*) from demand where status = 'RESOLVED'"));
        assertThat(Long.parseLong(between(page, "id=\"tally-open\">", "<"))).isEqualTo(count(
                "select count(*) from demand where status not in ('RESOLVED', 'DECLINED', 'UNSOLVABLE')"));
        assertThat(Long.parseLong(between(page, "id=\"tally-overdue\"", "<"))).isEqualTo(count(
                "select count(*) from demand where status not in ('RESOLVED', 'DECLINED', 'UNSOLVABLE')"
                        + " and wanted_by < (now() at time zone 'Asia/Shanghai')::date")).isPositive();
        assertThat(page).contains(count("select count(*) from demand") + " 项需求");
        // each row's badge: green resolved, grey declined, red and said so when open past its wished-for date
        assertThat(badge("/demands?status=RESOLVED&object=" + qingshan, id)).isEqualTo("badge text-bg-success 已解决");
        assertThat(badge("/demands?status=DECLINED&object=" + qingshan, other))
                .isEqualTo("badge text-bg-secondary 不予受理");
        assertThat(badge("/demands?overdue=true&object=" + qingshan, late))
                .isEqualTo("badge text-bg-danger 已提出 · 已逾期");
    }

    /** The classes and the words of a demand's badge in a list's row. */
    private String badge(String list, long demand) throws Exception {
        org.jsoup.nodes.Element row = org.jsoup.Jsoup.parse(page(list, ADMIN))
                .selectFirst("li.demand-row:has(a[href=/demands/" + demand + "])");
        assertThat(row).as("demand " + demand + " in " + list).isNotNull();
        org.jsoup.nodes.Element badge = row.selectFirst("span.badge");
        return badge.className() + " " + badge.text();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    /** The text of the element whose opening tag holds {@code start} (up to {@code end}). */
    private static String between(String text, String start, String end) {
        int at = text.indexOf(start);
        assertThat(at).as(start).isNotNegative();
        int from = text.indexOf('>', at) + 1;
        return text.substring(from, text.indexOf(end, from)).strip();
    }

    /** The group leader's name as the pages show it (the account's display name). */
    private String leaderName() {
        return jdbc.queryForObject("select display_name from account where username = 'leader'", String.class);
    }
}
