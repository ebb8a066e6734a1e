package cn.helituan.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.domain.account.AccountScopes;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import org.springframework.data.domain.PageRequest;
import cn.helituan.domain.supervision.FindingStatus;
import cn.helituan.domain.supervision.SupervisionReading;
import cn.helituan.domain.supervision.ChecklistItem;
import cn.helituan.domain.supervision.InspectionWork;
import cn.helituan.domain.supervision.Sample;
import cn.helituan.domain.supervision.SupervisionPlan;
import cn.helituan.domain.supervision.SupervisionPlanning;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Supervision end to end: the inspector records an unannounced visit (an absence against that day's check-in is
 * flagged), a finding goes through rectification (the group's leader answers, the inspector returns and accepts, a
 * closed finding is changed only by reopening), the random sample is the one its seed draws, and what is refused
 * writes nothing.
 */
class SupervisionTest extends FullStackTest {

    private static final RequestPostProcessor INSPECTOR = user("inspector").roles("INSPECTOR");
    private static final RequestPostProcessor LEADER = user("leader").roles("GROUP_LEADER");
    private static final RequestPostProcessor ADMIN = user("admin").roles("ORG_ADMIN");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;
    @Autowired
    AccountScopes accounts;
    @Autowired
    SupervisionPlanning planning;
    @Autowired
    InspectionWork work;
    @Autowired
    SupervisionReading reading;
    @Autowired
    java.time.Clock clock;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    cn.helituan.domain.supervision.MeasureService measures;

    private MvcResult send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String... params)
            throws Exception {
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request.with(who).with(csrf())).andReturn();
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private SupervisionPlan plan(String name, Integer sample, Long seed) {
        Scope admin = accounts.ofEnabled("admin").orElseThrow();
        long inspector = accounts.ofEnabled("inspector").orElseThrow().accountId();
        LocalDate today = planning.today();
        return planning.create(admin, new SupervisionPlanning.PlanCommand(name, null, today.minusDays(5), today,
                sample, seed, Set.of(inspector)));
    }

    /** The inspection form's fields: every item passed with full marks, the cadres present given. */
    private String[] inspection(SupervisionPlan plan, long unit, boolean announced, List<Long> present) {
        List<ChecklistItem> items = planning.itemsOf(plan.getChecklist().getId());
        List<String> params = new java.util.ArrayList<>(List.of("unitId", String.valueOf(unit), "inspectedOn",
                planning.today().toString(), "announced", String.valueOf(announced), "met", "村支书",
                "asked", "10", "satisfied", "8", "basically", "1", "dissatisfied", "1"));
        for (int i = 0; i < items.size(); i++) {
            params.addAll(List.of("results[" + i + "].itemId", String.valueOf(items.get(i).getId()),
                    "results[" + i + "].passed", "true"));
            if (items.get(i).isScored()) {
                params.addAll(List.of("results[" + i + "].score", String.valueOf(items.get(i).getMaxScore())));
            }
        }
        present.forEach(id -> params.addAll(List.of("presentIds", String.valueOf(id))));
        return params.toArray(String[]::new);
    }

    private long idOf(MvcResult saved, String prefix) {
        String url = saved.getResponse().getRedirectedUrl();
        assertThat(url).as(saved.getResponse().getContentAsByteArray().length + " bytes").startsWith(prefix);
        return Long.parseLong(url.substring(prefix.length()));
    }

    @Test
    void anUnannouncedVisitFlagsAnAbsenceAgainstThatDaysCheckIn() throws Exception {
        SupervisionPlan plan = plan("暗访测试计划", null, null);
        long tea = demo.unitId(Demo.TEA_GROUP);
        List<Long> cadres = jdbc.queryForList("""
                select distinct member_id from membership where unit_id = ? and left_on is null order by 1""",
                Long.class, tea);
        // the first secretary of 青山村 (a tea group member) checked in this morning, but is not found on site
        long secretary = jdbc.queryForObject(
                "select member_id from account where username = 'secretary'", Long.class);
        long stationing = jdbc.queryForObject(
                "select id from stationing where member_id = ? order by id limit 1", Long.class, secretary);
        jdbc.update("""
                insert into station_checkin (stationing_id, object_id, member_id, day, checked_at, latitude,
                    longitude, photo_hash, content_type, byte_size, width, height, created_at, created_by)
                select id, object_id, member_id, ?, now(), 34.36, 107.24, md5(random()::text), 'image/jpeg', 1, 1, 1,
                       now(), 'secretary'
                from stationing where id = ?
                  and not exists (select 1 from station_checkin c where c.member_id = ? and c.day = ?)""",
                planning.today(), stationing, secretary, planning.today());
        List<Long> present = cadres.stream().filter(id -> id != secretary).toList();

        MvcResult saved = send(post("/supervision/plans/" + plan.getId() + "/inspect"), INSPECTOR,
                inspection(plan, tea, false, present));
        long id = idOf(saved, "/supervision/inspections/");
        assertThat(jdbc.queryForList("""
                select member_id from supervision_presence where inspection_id = ? and not present and checked_in""",
                Long.class, id)).containsExactly(secretary);
        String shown = page("/supervision/inspections/" + id, INSPECTOR);
        assertThat(shown).contains("明察暗访（不打招呼）", "当天已打卡但现场不在岗", "问卷 10 人：满意 8，基本满意 1，不满意 1");
        assertThat(page("/supervision/inspections/" + id, LEADER)).as("the group reads its inspection")
                .contains("当天已打卡但现场不在岗");
    }

    @Test
    void anInspectionOutsideTheInspectorsScopeOrThePlanIsRefusedAndNothingIsWritten() throws Exception {
        SupervisionPlan sampled = plan("抽查范围测试", 1, 77L);
        long drawn = sampled.getUnitIds().get(0);
        long other = jdbc.queryForObject("""
                select id from unit where kind = 'GROUP' and not archived and id <> ? order by id limit 1""",
                Long.class, drawn);
        long inspections = count("supervision_inspection");
        MvcResult notDrawn = send(post("/supervision/plans/" + sampled.getId() + "/inspect"), INSPECTOR,
                inspection(sampled, other, true, List.of()));
        assertThat(notDrawn.getResponse().getStatus()).isEqualTo(422);
        assertThat(notDrawn.getResponse().getContentAsString()).contains("该单位不在您的督导范围内");

        // an inspector whose scope is the industry sub-team, named on a plan over everything: not the medical group
        SupervisionPlan all = plan("范围外测试", null, null);
        Scope demoInspector = accounts.ofEnabled("inspector").orElseThrow();
        String industry = jdbc.queryForObject("select path from unit where name = ?", String.class, Demo.INDUSTRY);
        Scope narrow = new Scope(demoInspector.accountId(), "inspector", Role.INSPECTOR,
                demo.unitId(Demo.INDUSTRY), industry, null, null);
        long medical = demo.unitId(Demo.MEDICAL_GROUP);
        assertThatThrownBy(() -> work.record(narrow, all.getId(), new InspectionWork.Record(medical,
                planning.today(), false, null, null, List.of(), Set.of(), null)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("supervision.unit.outOfScope"));
        assertThat(count("supervision_inspection")).isEqualTo(inspections);
        assertThat(mvc.perform(get("/supervision/plans/" + all.getId()).with(LEADER)).andReturn().getResponse()
                .getStatus()).as("a group leader reads no plan").isEqualTo(404);
    }

    @Test
    void theRandomSampleIsTheOneItsSeedDrawsAndThePageShowsTheSeed() throws Exception {
        SupervisionPlan plan = plan("随机抽查测试", 3, 20261205L);
        List<Long> groups = jdbc.queryForList(
                "select id from unit where kind = 'GROUP' and not archived order by id", Long.class);
        assertThat(plan.getUnitIds()).hasSize(3).isEqualTo(Sample.draw(20261205L, groups, 3));
        assertThat(jdbc.queryForList("select unit_id from supervision_plan_unit where plan_id = ? order by position",
                Long.class, plan.getId())).isEqualTo(plan.getUnitIds());
        assertThat(page("/supervision/plans/" + plan.getId(), INSPECTOR))
                .contains("随机种子 20261205", "随机抽查 " + groups.size() + " 个小组中的 3 个");
    }

    @Test
    void aPlansPageShowsItsGroupsAPageAtATimeWithEachGroupsOwnInspections() throws Exception {
        SupervisionPlan plan = plan("分页测试计划", null, null);
        List<Long> groups = plan.getUnitIds();
        assertThat(groups).hasSizeGreaterThan(4);
        long second = groups.get(1);
        long third = groups.get(2);
        long inspection = idOf(send(post("/supervision/plans/" + plan.getId() + "/inspect"), INSPECTOR,
                inspection(plan, third, false, List.of())), "/supervision/inspections/");
        Scope inspector = accounts.ofEnabled("inspector").orElseThrow();

        SupervisionReading.PlanPage page = reading.plan(inspector, plan.getId(), PageRequest.of(1, 2));
        assertThat(page.units().getTotalElements()).isEqualTo(groups.size());
        assertThat(page.units().getContent()).extracting(row -> row.unit().getId()).containsExactly(third,
                groups.get(3));
        assertThat(page.units().getContent().get(0).inspections()).extracting(i -> i.getId())
                .containsExactly(inspection);
        assertThat(page.units().getContent().get(1).inspections()).isEmpty();
        assertThat(reading.plan(inspector, plan.getId(), PageRequest.of(0, 2)).units().getContent())
                .extracting(row -> row.unit().getId()).containsExactly(groups.get(0), second);
        assertThat(reading.plan(inspector, plan.getId(), PageRequest.of(99, 2)).units().getContent())
                .as("past the last page").isEmpty();
        String first = page("/supervision/plans/" + plan.getId(), INSPECTOR);
        assertThat(first).contains("/supervision/inspections/" + inspection);
        assertThat(first.split("<li class=\"list-group-item").length - 1).as("at most 50 groups a page")
                .isEqualTo(Math.min(50, groups.size()));
        assertThat(page("/supervision/plans/" + plan.getId() + "/inspect?unit=" + third, INSPECTOR))
                .contains(jdbc.queryForObject("select name from unit where id = ?", String.class, third));
        assertThat(mvc.perform(get("/supervision/plans/" + plan.getId() + "/inspect?unit=999999").with(INSPECTOR))
                .andReturn().getResponse().getStatus()).as("a group the plan does not name").isEqualTo(404);
        SupervisionPlan sampled = plan("分页抽查测试", 1, 77L);
        long notDrawn = groups.stream().filter(g -> !sampled.getUnitIds().contains(g)).findFirst().orElseThrow();
        assertThat(reading.planUnit(inspector, sampled.getId(), sampled.getUnitIds().get(0)).getId())
                .isEqualTo(sampled.getUnitIds().get(0));
        assertThatThrownBy(() -> reading.planUnit(inspector, sampled.getId(), notDrawn))
                .as("a group of the deployment the sample did not draw").isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFindingIsAnsweredReturnedAnsweredAcceptedAndOnlyReopenedOnceClosed() throws Exception {
        SupervisionPlan plan = plan("整改流程测试", null, null);
        long tea = demo.unitId(Demo.TEA_GROUP);
        long inspection = idOf(send(post("/supervision/plans/" + plan.getId() + "/inspect"), INSPECTOR,
                inspection(plan, tea, true, List.of())), "/supervision/inspections/");
        String today = planning.today().toString();
        long findings = count("supervision_finding");
        MvcResult early = send(post("/supervision/inspections/" + inspection + "/findings"), INSPECTOR,
                "what", "宣传栏未更新", "severity", "MINOR", "deadline", planning.today().minusDays(1).toString());
        assertThat(early.getResponse().getContentAsString()).contains("整改期限不能早于发现问题的日期");
        assertThat(count("supervision_finding")).isEqualTo(findings);

        long id = idOf(send(post("/supervision/inspections/" + inspection + "/findings"), INSPECTOR,
                "what", "宣传栏未更新", "severity", "MINOR", "deadline", today), "/supervision/findings/");
        assertThat(page("/supervision/findings?status=OPEN&status=RETURNED", LEADER)).contains("宣传栏未更新");
        assertThat(page("/todos", LEADER)).contains("个督导发现的问题待整改");
        countsAgreeWithTheFindings();

        String finding = "/supervision/findings/" + id;
        // the inspector corrects the open finding: what and the deadline; the group does not; a stale form is 409
        // with what was typed kept; the page's form starts from what the finding says
        assertThat(page(finding, INSPECTOR)).contains("id=\"edit-form\"", "宣传栏未更新");
        assertThat(page(finding, LEADER)).doesNotContain("id=\"edit-form\"");
        String later = planning.today().plusDays(7).toString();
        assertThat(send(post(finding + "/edit"), LEADER, "what", "改写", "severity", "MINOR", "deadline", later,
                "version", version(id)).getResponse().getStatus()).isEqualTo(403);
        String before = version(id);
        assertThat(send(post(finding + "/edit"), INSPECTOR, "what", "宣传栏未更新，政策文件过期", "severity", "SERIOUS",
                "deadline", later, "version", before).getResponse().getRedirectedUrl()).isEqualTo(finding);
        MvcResult staleEdit = send(post(finding + "/edit"), INSPECTOR, "what", "过期表单的描述", "severity", "MINOR",
                "deadline", later, "version", before);
        assertThat(staleEdit.getResponse().getStatus()).isEqualTo(409);
        assertThat(staleEdit.getResponse().getContentAsString()).contains("过期表单的描述", "id=\"edit-finding\" open");
        assertThat(jdbc.queryForMap("select what, severity, deadline::text as deadline from supervision_finding where id = ?",
                id)).containsEntry("what", "宣传栏未更新，政策文件过期").containsEntry("severity", "SERIOUS")
                .containsEntry("deadline", later);
        countsAgreeWithTheFindings();
        assertThat(page(finding, ADMIN)).contains("宣传栏未更新，政策文件过期");
        assertThat(send(post(finding + "/verify"), INSPECTOR, "accepted", "true", "version", version(id))
                .getResponse().getContentAsString()).as("nothing answered yet").contains("没有待核验的整改");
        send(post(finding + "/answer"), LEADER, "answer", "已更新宣传栏", "version", version(id));
        assertThat(status(id)).isEqualTo("ANSWERED");
        countsAgreeWithTheFindings();
        assertThat(send(post(finding + "/verify"), LEADER, "accepted", "true", "version", version(id))
                .getResponse().getStatus()).as("the group does not verify its own correction").isEqualTo(403);
        assertThat(status(id)).isEqualTo("ANSWERED");
        assertThat(send(post(finding + "/verify"), INSPECTOR, "accepted", "false", "reason", " ",
                "version", version(id)).getResponse().getContentAsString()).contains("请填写原因");
        send(post(finding + "/verify"), INSPECTOR, "accepted", "false", "reason", "没有照片佐证", "version", version(id));
        assertThat(status(id)).isEqualTo("RETURNED");
        countsAgreeWithTheFindings();
        send(post(finding + "/answer"), LEADER, "answer", "已更新并附照片", "version", version(id));
        MvcResult stale = send(post(finding + "/verify"), INSPECTOR, "accepted", "true", "version", "0");
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        send(post(finding + "/verify"), INSPECTOR, "accepted", "true", "version", version(id));
        assertThat(status(id)).isEqualTo("CLOSED");
        countsAgreeWithTheFindings();

        String closedVersion = version(id);
        assertThat(send(post(finding + "/edit"), INSPECTOR, "what", "销号后再改", "severity", "MINOR", "deadline",
                later, "version", closedVersion).getResponse().getContentAsString())
                .as("a closed finding is reopened, not corrected").contains("已销号的问题不能修改");
        assertThat(version(id)).isEqualTo(closedVersion);
        assertThat(send(post(finding + "/answer"), LEADER, "answer", "再改", "version", closedVersion)
                .getResponse().getStatus()).as("the closed finding offers no answer to the group").isIn(403, 422);
        assertThat(send(post(finding + "/reopen"), INSPECTOR, "reason", "", "version", closedVersion)
                .getResponse().getContentAsString()).contains("请填写原因");
        assertThat(version(id)).isEqualTo(closedVersion);
        send(post(finding + "/reopen"), INSPECTOR, "reason", "回访发现又是旧内容", "version", closedVersion);
        assertThat(status(id)).isEqualTo("OPEN");
        countsAgreeWithTheFindings();
        // the state and the deadline changed at once, both ways (the tally's two rows locked in either order), and a
        // finding gone: the counts still agree; an empty state in the address is no state asked for
        jdbc.update("update supervision_finding set status = 'ANSWERED', deadline = deadline + 30 where id = ?", id);
        countsAgreeWithTheFindings();
        jdbc.update("update supervision_finding set status = 'OPEN', deadline = deadline - 30 where id = ?", id);
        countsAgreeWithTheFindings();
        long gone = idOf(send(post("/supervision/inspections/" + inspection + "/findings"), INSPECTOR,
                "what", "临时记录", "severity", "MINOR", "deadline", today), "/supervision/findings/");
        countsAgreeWithTheFindings();
        jdbc.update("delete from supervision_finding where id = ?", gone);
        countsAgreeWithTheFindings();
        assertThat(page("/supervision/findings?status=OPEN&status=", ADMIN)).contains("宣传栏未更新，政策文件过期");
        String trail = page(finding, ADMIN);
        assertThat(trail).contains("回访发现又是旧内容", "id=\"history\"");
        assertThat(jdbc.queryForObject("select count(distinct changed_at) from record_history where entity_type = 'Finding' and entity_id = ?",
                Long.class, id)).as("every step in the trail").isGreaterThanOrEqualTo(6);
    }

    /**
     * The to-do centre's and the dashboard's counts (the whole deployment's from V90's tally by state and deadline, a
     * group leader's from V99's by group and state, the overdue ones under a group from the index of those not closed)
     * equal the findings counted one by one, after every step.
     */
    private void countsAgreeWithTheFindings() {
        Scope admin = accounts.ofEnabled("admin").orElseThrow();
        Scope leader = accounts.ofEnabled("leader").orElseThrow();
        LocalDate today = reading.today();
        for (Scope scope : List.of(admin, leader)) {
            String under = "join unit u on u.id = f.unit_id where u.path like ? || '%'";
            String prefix = scope.pathFilter();
            assertThat(reading.countFindings(scope, List.of(FindingStatus.ANSWERED))).as("to verify, %s", scope.username())
                    .isEqualTo(jdbc.queryForObject("select count(*) from supervision_finding f " + under
                            + " and f.status = 'ANSWERED'", Long.class, prefix));
            assertThat(reading.countFindings(scope, List.of(FindingStatus.OPEN, FindingStatus.RETURNED)))
                    .as("to rectify, %s", scope.username())
                    .isEqualTo(jdbc.queryForObject("select count(*) from supervision_finding f " + under
                            + " and f.status in ('OPEN', 'RETURNED')", Long.class, prefix));
            assertThat(reading.countOverdue(scope)).as("overdue, %s", scope.username())
                    .isEqualTo(jdbc.queryForObject("select count(*) from supervision_finding f " + under
                            + " and f.status <> 'CLOSED' and f.deadline < ?", Long.class, prefix, today));
        }
        // the whole deployment's list totals (from the tally): every finding, answered ones, overdue ones
        PageRequest first = PageRequest.of(0, 20);
        assertThat(reading.findings(admin, List.of(), false, first).getTotalElements()).as("every finding")
                .isEqualTo(count("supervision_finding"));
        assertThat(reading.findings(admin, List.of(FindingStatus.ANSWERED), false, first).getTotalElements())
                .isEqualTo(jdbc.queryForObject("select count(*) from supervision_finding where status = 'ANSWERED'",
                        Long.class));
        assertThat(reading.findings(admin, List.of(), true, first).getTotalElements()).as("overdue")
                .isEqualTo(jdbc.queryForObject("select count(*) from supervision_finding where status <> 'CLOSED'"
                        + " and deadline < ?", Long.class, today));
    }

    private String version(long id) {
        return String.valueOf(jdbc.queryForObject("select version from supervision_finding where id = ?", Long.class,
                id));
    }

    @Test
    void aUnitsFindingListHoldsItsFindingsOfEachStateAndTheOverdueOnes() {
        // the states without CLOSED and the overdue ones are read from the index of findings not closed: each list
        // holds the findings of that state under the reader's unit, newest first, and its total counts them
        Scope subteam = accounts.ofEnabled("subteam").orElseThrow();
        LocalDate today = LocalDate.now(clock);
        String under = "select f.id from supervision_finding f join unit u on u.id = f.unit_id"
                + " where u.path like '" + subteam.unitPath() + "%'";
        for (FindingStatus status : FindingStatus.values()) {
            List<Long> expected = jdbc.queryForList(under + " and f.status = ? order by f.found_on desc, f.id desc",
                    Long.class, status.name());
            org.springframework.data.domain.Page<cn.helituan.domain.supervision.Finding> page = reading.findings(
                    subteam, List.of(status), false, PageRequest.of(0, 1000));
            assertThat(page.getContent().stream().map(cn.helituan.domain.supervision.Finding::getId).toList())
                    .as(status.name()).isEqualTo(expected);
            assertThat(page.getTotalElements()).as(status.name()).isEqualTo(expected.size());
        }
        List<Long> overdue = jdbc.queryForList(under + " and f.status <> 'CLOSED' and f.deadline < ?"
                + " order by f.found_on desc, f.id desc", Long.class, today);
        assertThat(overdue).as("the demo has an overdue finding under the sub-team").isNotEmpty();
        assertThat(reading.findings(subteam, List.of(), true, PageRequest.of(0, 1000)).getContent().stream()
                .map(cn.helituan.domain.supervision.Finding::getId).toList()).isEqualTo(overdue);
    }

    @Test
    void theOrgAdminsListsHoldEveryRecordNewestFirstOnEachPage() throws Exception {
        // the whole deployment's rows come from statements of their own, without the tree's condition: the same
        // rows in the same order as every inspection and finding of the deployment by day, page after page
        listsHoldNewestFirst("admin", ADMIN, "");
    }

    @Test
    void aGroupsListsHoldItsRecordsNewestFirstOnEachPage() throws Exception {
        // a scope's pages are found by id from the index by group and day, then read by id: the same rows in the same
        // order as its inspections and findings by day, page after page
        SupervisionPlan plan = plan("小组列表测试", null, null);
        long tea = demo.unitId(Demo.TEA_GROUP);
        for (int i = 0; i < 2; i++) {
            long inspection = idOf(send(post("/supervision/plans/" + plan.getId() + "/inspect"), INSPECTOR,
                    inspection(plan, tea, true, List.of())), "/supervision/inspections/");
            send(post("/supervision/inspections/" + inspection + "/findings"), INSPECTOR, "what", "台账缺页 " + i,
                    "severity", "MINOR", "deadline", planning.today().plusDays(5).toString());
        }
        listsHoldNewestFirst("leader", LEADER, jdbc.queryForObject("""
                select u.path from account a join unit u on u.id = a.scope_unit_id where a.username = 'leader'""",
                String.class));
        // one plan's inspections: the group's and the whole deployment's, counted from the plan's own
        List<Long> ofPlan = jdbc.queryForList("""
                select id from supervision_inspection where plan_id = ? order by inspected_on desc, id desc""",
                Long.class, plan.getId());
        assertThat(ofPlan).hasSize(2);
        for (String reader : List.of("leader", "admin")) {
            org.springframework.data.domain.Page<cn.helituan.domain.supervision.Inspection> shown = reading.inspections(
                    accounts.ofEnabled(reader).orElseThrow(), plan.getId(), PageRequest.of(0, 1));
            assertThat(shown.getTotalElements()).as(reader).isEqualTo(2);
            assertThat(shown.getContent()).extracting(i -> i.getId()).as(reader).containsExactly(ofPlan.get(0));
        }
    }

    @Test
    void aScopesMeasuresAreItsMembersOnesNewestFirstPageAfterPage() {
        // measures against three tea-group cadres on three days, and one against a medical-group cadre
        long kind = jdbc.queryForObject("select id from supervision_measure_kind order by id limit 1", Long.class);
        List<Long> tea = jdbc.queryForList("""
                select member_id from membership where unit_id = ? and left_on is null order by member_id limit 3""",
                Long.class, demo.unitId(Demo.TEA_GROUP));
        long medical = jdbc.queryForObject("""
                select member_id from membership where unit_id = ? and left_on is null order by member_id limit 1""",
                Long.class, demo.unitId(Demo.MEDICAL_GROUP));
        for (int i = 0; i < tea.size() + 1; i++) {
            jdbc.update("""
                    insert into supervision_measure (member_id, kind_id, basis, decided_on, document_no, created_at,
                                                     created_by)
                    values (?, ?, '列表测试', current_date - ?, '测试号', now(), 'test')""",
                    i < tea.size() ? tea.get(i) : medical, kind, i);
        }
        String path = jdbc.queryForObject("select path from unit where id = ?", String.class,
                demo.unitId(Demo.TEA_GROUP));
        Scope group = new Scope(accounts.ofEnabled("inspector").orElseThrow().accountId(), "inspector",
                Role.INSPECTOR, demo.unitId(Demo.TEA_GROUP), path, null, null);
        List<Long> expected = jdbc.queryForList("""
                select m.id from supervision_measure m where exists (select 1 from membership s join unit u
                    on u.id = s.unit_id where s.member_id = m.member_id and u.path like ? || '%')
                order by m.decided_on desc, m.id desc""", Long.class, path);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
        List<Long> shown = new java.util.ArrayList<>();
        for (int page = 0; page <= expected.size() / 2; page++) {
            org.springframework.data.domain.Page<cn.helituan.domain.supervision.Measure> rows =
                    measures.list(group, PageRequest.of(page, 2));
            assertThat(rows.getTotalElements()).as("counted").isEqualTo(expected.size());
            rows.getContent().forEach(m -> shown.add(m.getId()));
        }
        assertThat(shown).as("the group's measures, newest first, each once").isEqualTo(expected);
    }

    @Test
    void theInspectionsTallyFollowsEveryInsertMoveAndDeleteWhateverCodeRuns() {
        SupervisionPlan plan = plan("计数测试计划", null, null);
        long tea = demo.unitId(Demo.TEA_GROUP);
        long medical = demo.unitId(Demo.MEDICAL_GROUP);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            long id = insertedInspection(plan, tea);
            assertThat(tallyDisagreements()).as("after an insert").isZero();
            jdbc.update("update supervision_inspection set unit_id = ? where id = ?", medical, id);
            assertThat(tallyDisagreements()).as("after a move to another group").isZero();
            jdbc.update("update supervision_inspection set unit_id = ? where id = ?", tea, id);
            assertThat(tallyDisagreements()).as("after a move back").isZero();
            jdbc.update("delete from supervision_inspection where id = ?", id);
            assertThat(tallyDisagreements()).as("after a delete").isZero();
            tx.setRollbackOnly();
        });
        assertThat(tallyDisagreements()).isZero();
    }

    @Test
    void theFindingsTallyByGroupAndStateFollowsEveryWriteWhateverCodeRuns() {
        long tea = demo.unitId(Demo.TEA_GROUP);
        long medical = demo.unitId(Demo.MEDICAL_GROUP);
        SupervisionPlan plan = plan("问题计数测试", null, null);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            long inspection = insertedInspection(plan, tea);
            long id = jdbc.queryForObject("""
                    insert into supervision_finding (inspection_id, unit_id, what, severity, found_on, deadline,
                                                     status, created_at, created_by)
                    values (?, ?, '计数测试', 'MINOR', current_date, current_date, 'OPEN', now(), 'test')
                    returning id""", Long.class, inspection, tea);
            assertThat(findingTallyDisagreements()).as("after an insert").isZero();
            jdbc.update("update supervision_finding set status = 'ANSWERED' where id = ?", id);
            assertThat(findingTallyDisagreements()).as("after an answer").isZero();
            jdbc.update("update supervision_finding set unit_id = ?, status = 'RETURNED' where id = ?", medical, id);
            assertThat(findingTallyDisagreements()).as("after a move with a return").isZero();
            jdbc.update("delete from supervision_finding where id = ?", id);
            assertThat(findingTallyDisagreements()).as("after a delete").isZero();
            tx.setRollbackOnly();
        });
        assertThat(findingTallyDisagreements()).isZero();
    }

    /** An inspection of the group today, written by plain SQL (the tallies' triggers hold whatever code writes). */
    private long insertedInspection(SupervisionPlan plan, long group) {
        return jdbc.queryForObject("""
                insert into supervision_inspection (plan_id, unit_id, checklist_id, inspector, inspected_on, announced,
                                                    created_at, created_by)
                values (?, ?, ?, 'test', current_date, false, now(), 'test') returning id""",
                Long.class, plan.getId(), group, plan.getChecklist().getId());
    }

    /** The (group, state) pairs whose tally differs from their findings counted one by one. */
    private long findingTallyDisagreements() {
        return jdbc.queryForObject("""
                select count(*) from (
                    (select unit_id, status, count(*) from supervision_finding group by unit_id, status
                     except select unit_id, status, n from supervision_finding_unit_count where n > 0)
                    union all
                    (select unit_id, status, n from supervision_finding_unit_count where n > 0
                     except select unit_id, status, count(*) from supervision_finding group by unit_id, status)) d""",
                Long.class);
    }

    /** The groups whose tally differs from their inspections counted one by one. */
    private long tallyDisagreements() {
        return jdbc.queryForObject("""
                select count(*) from (select unit_id, count(*) from supervision_inspection group by unit_id
                                      except select unit_id, n from supervision_inspection_count where n > 0) d""",
                Long.class) + jdbc.queryForObject("""
                select count(*) from supervision_inspection_count c where n <> (
                    select count(*) from supervision_inspection i where i.unit_id = c.unit_id)""", Long.class);
    }

    private void listsHoldNewestFirst(String username, RequestPostProcessor who, String path) throws Exception {
        Scope scope = accounts.ofEnabled(username).orElseThrow();
        // the list, its table and day, the query's filter and the same in SQL (the open states: their own statement)
        for (String[] list : List.of(new String[] {"inspections", "supervision_inspection", "inspected_on", "", ""},
                new String[] {"findings", "supervision_finding", "found_on", "", ""},
                new String[] {"findings", "supervision_finding", "found_on", "&status=OPEN", " and x.status = 'OPEN'"})) {
            List<Long> all = jdbc.queryForList("select x.id from " + list[1] + " x join unit u on u.id = x.unit_id"
                    + " where u.path like ? || '%'" + list[4] + " order by x." + list[2] + " desc, x.id desc",
                    Long.class, path);
            assertThat(all).as(list[0] + list[3]).isNotEmpty();
            // the total under the pages: the inspections' from V98's tally by group, the findings' from V99's by group
            // and state (the whole deployment's from V90's), counted one by one here
            assertThat(list[0].equals("inspections")
                    ? reading.inspections(scope, null, PageRequest.of(0, 20)).getTotalElements()
                    : reading.findings(scope, list[3].isEmpty() ? List.of() : List.of(FindingStatus.OPEN), false,
                            PageRequest.of(0, 20)).getTotalElements())
                    .as(list[0] + list[3] + " counted").isEqualTo(all.size());
            for (int page = 1; page <= (all.size() + 19) / 20 + 1; page++) {
                String html = page("/supervision/" + list[0] + "?page=" + page + list[3], who);
                List<Long> shown = java.util.regex.Pattern.compile("href=\"/supervision/" + list[0] + "/(\\d+)\"")
                        .matcher(html).results().map(m -> Long.valueOf(m.group(1))).distinct().toList();
                assertThat(shown).as(list[0] + list[3] + " page " + page)
                        .isEqualTo(all.subList(Math.min(all.size(), (page - 1) * 20), Math.min(all.size(), page * 20)));
            }
        }
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from supervision_finding where id = ?", String.class, id);
    }
}
