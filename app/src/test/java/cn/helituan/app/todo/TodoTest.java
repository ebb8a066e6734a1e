package cn.helituan.app.todo;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import cn.helituan.app.support.TestClock;
import cn.helituan.domain.account.AccountService;
import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.demand.DemandWorkflow;
import cn.helituan.domain.notification.NotificationService;
import cn.helituan.domain.plan.AnnualPlan;
import cn.helituan.domain.plan.PlanReviewService;
import cn.helituan.domain.plan.PlanWritingService;
import cn.helituan.domain.plan.TaskDetails;
import cn.helituan.domain.plan.TaskKind;
import cn.helituan.domain.todo.TodoItem;
import cn.helituan.domain.todo.TodoService;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The to-do centre on a fixed clock: every kind appears with its cause and goes when it is done, its count is the
 * number of rows of the list its link opens, the menu's badge is the list's total, and nobody sees another's items.
 */
class TodoTest extends FullStackTest {

    static final RequestPostProcessor ADMIN = user("admin").roles("ORG_ADMIN");
    static final RequestPostProcessor SUB_TEAM = user("subteam").roles("SUB_TEAM_LEADER");
    static final RequestPostProcessor LEADER = user("leader").roles("GROUP_LEADER");
    static final RequestPostProcessor SECRETARY = user("secretary").roles("FIRST_SECRETARY");
    static final RequestPostProcessor REVIEWER = user("reviewer").roles("REVIEWER");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;
    @Autowired
    TodoService todos;
    @Autowired
    AccountService accounts;
    @Autowired
    TestClock clock;
    @Autowired
    PlanWritingService planWriting;
    @Autowired
    PlanReviewService planReview;
    @Autowired
    DemandWorkflow demands;
    @Autowired
    NotificationService notifications;
    @Autowired
    org.springframework.context.MessageSource messages;
    @Autowired
    EntityManagerFactory emf;

    long tea;
    long qingshan;
    long visitType;

    @BeforeEach
    void demoIds() {
        tea = demo.unitId(Demo.TEA_GROUP);
        qingshan = jdbc.queryForObject("select id from assisted_object where code = 'DEMO-001'", Long.class);
        visitType = jdbc.queryForObject("select id from activity_type where code = 'RESEARCH_VISIT'", Long.class);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private void today(LocalDate day) {
        clock.set(day.atTime(10, 0).atZone(ZONE).toInstant());
    }

    private Scope scope(String username) {
        return accounts.scopeOf(username).orElseThrow();
    }

    private Map<String, TodoItem> items(String username) {
        return todos.items(scope(username)).stream().collect(Collectors.toMap(i -> i.kind() + " " + i.link(),
                i -> i, (a, b) -> a));
    }

    private long count(String username, String kind) {
        return todos.items(scope(username)).stream().filter(i -> i.kind().equals(kind))
                .mapToLong(TodoItem::count).sum();
    }

    private Optional<TodoItem> item(String username, String kind) {
        return todos.items(scope(username)).stream().filter(i -> i.kind().equals(kind)).findFirst();
    }

    private Document page(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private long badge(RequestPostProcessor who) throws Exception {
        Element badge = page("/", who).getElementById("todo-badge");
        return badge == null ? 0 : Long.parseLong(badge.text());
    }

    /** The number of rows the list page says it has ("共 N …"). */
    private long listed(String url, RequestPostProcessor who, String countId) throws Exception {
        Matcher m = Pattern.compile("(\\d+)").matcher(page(url, who).getElementById(countId).text().replace(",", ""));
        assertThat(m.find()).as(url).isTrue();
        return Long.parseLong(m.group(1));
    }

    private long log(String title, long... objects) throws Exception {
        var request = post("/activities/new").with(LEADER).with(csrf())
                .param("groupId", String.valueOf(tea)).param("typeId", String.valueOf(visitType))
                .param("occurredOn", LocalDate.now().minusDays(1).toString()).param("title", title);
        for (long object : objects) {
            request.param("objectIds", String.valueOf(object));
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as("logging " + title).isEqualTo(302);
        return Pages.redirectId(result);
    }

    private void decide(long id, String action) throws Exception {
        long version = jdbc.queryForObject("select version from activity where id = ?", Long.class, id);
        MvcResult result = mvc.perform(post("/activities/" + id + "/" + action).with(SECRETARY).with(csrf())
                .param("version", String.valueOf(version)).param("object", String.valueOf(qingshan))
                .param("reason", "人数不符")).andReturn();
        assertThat(result.getResponse().getStatus()).as(action).isEqualTo(302);
    }

    @Test
    void aVillagesReportedActivityIsItsSecretarysToDoUntilConfirmedAndTheBadgeIsTheListsTotal() throws Exception {
        long before = count("secretary", "activitiesToConfirm");
        long id = log(unique("待办确认"), qingshan);
        assertThat(count("secretary", "activitiesToConfirm")).isEqualTo(before + 1);
        TodoItem item = item("secretary", "activitiesToConfirm").orElseThrow();
        assertThat(item.link()).isEqualTo("/activities?status=REPORTED");
        assertThat(listed(item.link(), SECRETARY, "activity-count")).as("the figure is the list's")
                .isEqualTo(item.count());
        long total = todos.count(scope("secretary"));
        assertThat(badge(SECRETARY)).as("the badge is the list's total").isEqualTo(total);
        Document list = page("/todos", SECRETARY);
        assertThat(list.select(".todo-item").stream().mapToLong(e -> Long.parseLong(e.attr("data-count"))).sum())
                .isEqualTo(total);
        assertThat(list.getElementById("todo-badge").text()).isEqualTo(String.valueOf(total));

        decide(id, "confirm");
        assertThat(count("secretary", "activitiesToConfirm")).isEqualTo(before);
        assertThat(badge(SECRETARY)).isEqualTo(total - 1);
    }

    @Test
    void aDisputedActivityIsTheGroupLeadersToDo() throws Exception {
        long before = count("leader", "activitiesDisputed");
        long id = log(unique("待办异议"), qingshan);
        decide(id, "dispute");
        assertThat(count("leader", "activitiesDisputed")).isEqualTo(before + 1);
        TodoItem item = item("leader", "activitiesDisputed").orElseThrow();
        assertThat(listed(item.link(), LEADER, "activity-count")).isEqualTo(item.count());
        long version = jdbc.queryForObject("select version from activity where id = ?", Long.class, id);
        assertThat(mvc.perform(post("/activities/" + id + "/withdraw").with(LEADER).with(csrf())
                .param("version", String.valueOf(version)).param("reason", "重复记录")).andReturn()
                .getResponse().getStatus()).isEqualTo(302);
        assertThat(count("leader", "activitiesDisputed")).isEqualTo(before);
    }

    @Test
    void aPlanNotHandedInIsDueByTheYearsDeadlineAndGoesToTheSubTeamLeaderWhenHandedIn() throws Exception {
        today(LocalDate.of(2031, 3, 20));
        TodoItem missing = item("leader", "planMissing").orElseThrow();
        assertThat(missing.deadline()).isEqualTo(LocalDate.of(2031, 3, 31));
        assertThat(missing.link()).isEqualTo("/plans?year=2031&missing=true");
        assertThat(page("/todos", LEADER).select(".todo-item[data-kind=planMissing] .todo-overdue"))
                .as("not yet overdue").isEmpty();
        assertThat(count("subteam", "plansToApprove")).isZero();

        today(LocalDate.of(2031, 4, 2));
        Element shown = page("/todos", LEADER).selectFirst(".todo-item[data-kind=planMissing]");
        assertThat(shown.selectFirst(".todo-overdue")).as("past the deadline, marked").isNotNull();
        assertThat(shown.text()).contains("2031 年度帮扶计划尚未报送", "截止 2031-03-31");

        Scope leader = scope("leader");
        long memberId = jdbc.queryForObject("""
                select m.member_id from membership m where m.unit_id = ? and m.left_on is null order by m.id limit 1""",
                Long.class, tea);
        AnnualPlan plan = planWriting.start(leader, tea, 2031);
        planWriting.addTask(leader, plan.getId(), new TaskDetails(TaskKind.KEY, "待办测试任务", List.of(qingshan),
                Figure.TRAININGS_HELD, java.math.BigDecimal.ONE, memberId, LocalDate.of(2031, 6, 30)), null);
        long version = jdbc.queryForObject("select version from annual_plan where id = ?", Long.class, plan.getId());
        planWriting.submit(leader, plan.getId(), version);
        assertThat(item("leader", "planMissing")).as("handed in: gone").isEmpty();
        TodoItem toApprove = item("subteam", "plansToApprove").orElseThrow();
        assertThat(toApprove.count()).isEqualTo(1);
        assertThat(toApprove.link()).isEqualTo("/plans?year=2031&status=SUBMITTED");

        version = jdbc.queryForObject("select version from annual_plan where id = ?", Long.class, plan.getId());
        planReview.approve(scope("subteam"), plan.getId(), version);
        assertThat(item("subteam", "plansToApprove")).as("approved: gone").isEmpty();
    }

    @Test
    void aDemandReportedSolvedWaitsForTheVillagesConfirmation() throws Exception {
        long before = count("secretary", "demandsToConfirm");
        long id = copy("demand", jdbc.queryForObject("""
                select min(id) from demand where object_id = ? and raised_by_object""", Long.class, qingshan),
                Map.of("status", "SOLVED", "what", unique("待办需求")));
        assertThat(count("secretary", "demandsToConfirm")).isEqualTo(before + 1);
        TodoItem item = item("secretary", "demandsToConfirm").orElseThrow();
        assertThat(listed(item.link(), SECRETARY, "demand-count")).isEqualTo(item.count());
        long version = jdbc.queryForObject("select version from demand where id = ?", Long.class, id);
        demands.answer(scope("secretary"), id, version, true, null);
        assertThat(count("secretary", "demandsToConfirm")).isEqualTo(before);
    }

    @Test
    void aProjectPastItsDeadlineIsTheGroupLeadersToDoDueByTheEarliest() throws Exception {
        long project = jdbc.queryForObject("select min(id) from project where group_id = ?", Long.class, tea);
        long demandOf = jdbc.queryForObject("select demand_id from project where id = ?", Long.class, project);
        long demandCopy = copy("demand", demandOf, Map.of("status", "IN_PROGRESS", "what", unique("待办项目")));
        long activeBefore = count("leader", "projectsAssigned");
        long overdueBefore = count("leader", "projectsOverdue");
        copy("project", project, Map.of("demand_id", demandCopy, "status", "ACTIVE", "title", unique("逾期项目"),
                "starts_on", java.sql.Date.valueOf(LocalDate.of(2020, 1, 1)),
                "deadline", java.sql.Date.valueOf(LocalDate.of(2020, 1, 31))));
        assertThat(count("leader", "projectsAssigned")).isEqualTo(activeBefore + 1);
        assertThat(count("leader", "projectsOverdue")).isEqualTo(overdueBefore + 1);
        TodoItem overdue = item("leader", "projectsOverdue").orElseThrow();
        assertThat(overdue.deadline()).isEqualTo(LocalDate.of(2020, 1, 31));
        assertThat(listed(overdue.link(), LEADER, "project-count")).isEqualTo(overdue.count());
        TodoItem assigned = item("leader", "projectsAssigned").orElseThrow();
        assertThat(listed(assigned.link(), LEADER, "project-count")).isEqualTo(assigned.count());
        assertThat(todos.items(scope("leader")).get(0).kind()).as("the earliest deadline first")
                .isEqualTo("projectsOverdue");
    }

    @Test
    void aMonthlyDraftIsTheOrgAdminsToPublishUntilPublished() throws Exception {
        var draft = notifications.generate(scope("admin"), YearMonth.of(2019, 1));
        TodoItem item = items("admin").get("notificationDraft /notifications/" + draft.getId());
        assertThat(item).isNotNull();
        assertThat(item.args()).containsExactly("2019-01");
        assertThat(page(item.link(), ADMIN).text()).contains("2019");
        long version = jdbc.queryForObject("select version from monthly_notification where id = ?", Long.class,
                draft.getId());
        notifications.publish(scope("admin"), draft.getId(), version);
        assertThat(items("admin")).doesNotContainKey("notificationDraft /notifications/" + draft.getId());
        assertThat(items("subteam").keySet()).noneMatch(k -> k.startsWith("notificationDraft"));
    }

    @Test
    void anImportCheckedAndNotConfirmedWaitsForTheOrgAdminUntilConfirmedOrCancelled() throws Exception {
        long demoImport = jdbc.queryForObject("select min(id) from import_record", Long.class);
        long id = copy("import_record", demoImport, Map.of("status", "CHECKED", "problems", 0,
                "file_name", unique("待确认名册") + ".xlsx"));
        String fileName = jdbc.queryForObject("select file_name from import_record where id = ?", String.class, id);
        TodoItem item = items("admin").get("importWaiting /imports/" + id);
        assertThat(item).isNotNull();
        assertThat(item.args()).containsExactly(fileName);
        Document shown = page(item.link(), ADMIN);
        assertThat(shown.text()).contains(fileName);
        assertThat(shown.getElementById("confirm")).as("confirmed on the page it links").isNotNull();
        assertThat(items("subteam")).as("the department's import, not the sub-team leader's")
                .doesNotContainKey("importWaiting /imports/" + id);
        long version = jdbc.queryForObject("select version from import_record where id = ?", Long.class, id);
        assertThat(mvc.perform(post("/imports/" + id + "/cancel").with(ADMIN).with(csrf())
                .param("version", String.valueOf(version))).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(items("admin")).doesNotContainKey("importWaiting /imports/" + id);
    }

    @Test
    void theEvaluationsInputsAreDueInAnOpenRoundBeforeItsDeadline() throws Exception {
        Map<String, Object> round = jdbc.queryForMap("""
                select r.id, r.deadline from evaluation_round r where r.status = 'OPEN'
                  and exists (select 1 from evaluation_entry e where e.round_id = r.id and e.group_id = ?)
                order by r.year desc limit 1""", tea);
        // (the demo's open round, which the tea group is in: other tests open rounds of their own groups)
        long id = ((Number) round.get("id")).longValue();
        LocalDate deadline = ((java.sql.Date) round.get("deadline")).toLocalDate();
        today(deadline);
        long unscored = jdbc.queryForObject("""
                select count(*) from evaluation_indicator x where x.round_id = ? and not exists (
                  select 1 from evaluation_score s join evaluation_entry e on e.id = s.entry_id
                  join account a on a.id = s.reviewer_id
                  where e.round_id = x.round_id and e.group_id = x.group_id and a.username = 'reviewer')""",
                Long.class, id);
        TodoItem scores = items("reviewer").get("scoresDue /evaluations/" + id + "?unscored=true");
        if (unscored > 0) {
            assertThat(scores.count()).isEqualTo(unscored);
            assertThat(scores.deadline()).isEqualTo(deadline);
            assertThat(page(scores.link(), REVIEWER).select("#board tbody tr, .board-row").size())
                    .isLessThanOrEqualTo((int) unscored);
        }
        boolean selfDone = jdbc.queryForObject("""
                select self_assessed_at is not null from evaluation_entry where round_id = ? and group_id = ?""",
                Boolean.class, id, tea);
        assertThat(items("leader").containsKey("selfAssessment /evaluations/" + id + "/groups/" + tea))
                .isEqualTo(!selfDone);
        long unrated = jdbc.queryForObject("""
                select count(distinct e.id) from evaluation_entry e join evaluation_round r on r.id = e.round_id
                join assistance_relationship a on a.group_id = e.group_id
                where e.round_id = ? and a.object_id = ? and a.starts_on <= make_date(r.year, 12, 31)
                  and coalesce(a.ended_on, a.ends_on) >= make_date(r.year, 1, 1)
                  and not exists (select 1 from evaluation_rating x where x.entry_id = e.id and x.object_id = ?)""",
                Long.class, id, qingshan, qingshan);
        assertThat(count("secretary", "ratingsDue")).isEqualTo(unrated);

        today(deadline.plusDays(1));
        assertThat(items("reviewer").keySet()).as("past the deadline nothing is taken").noneMatch(
                k -> k.startsWith("scoresDue /evaluations/" + id));
        assertThat(count("secretary", "ratingsDue")).isZero();
        assertThat(items("leader").keySet()).noneMatch(k -> k.startsWith("selfAssessment /evaluations/" + id));
    }

    @Test
    void anotherVillagesSecretarySeesNoneOfThisVillagesItems() throws Exception {
        long other = jdbc.queryForObject("""
                insert into assisted_object (kind, name, code, categories, goals, created_at, created_by)
                values ('VILLAGE', ?, ?, '', '', now(), 'test') returning id""", Long.class, unique("待办另一村"),
                unique("T"));
        jdbc.update("""
                insert into assistance_relationship (group_id, object_id, starts_on, ends_on, focus, status,
                                                     created_at, created_by)
                values (?, ?, current_date - 30, current_date + 300, 'RURAL_REVITALIZATION', 'ACTIVE', now(), 'test')""",
                tea, other);
        String username = unique("todo-sec").toLowerCase();
        jdbc.update("""
                insert into account (username, password_hash, role, scope_object_id, display_name, enabled,
                                     must_change_password, created_at, created_by)
                select ?, password_hash, 'FIRST_SECRETARY', ?, '另一村书记', true, false, now(), 'test'
                from account where username = 'secretary'""", username, other);
        long mine = count("secretary", "activitiesToConfirm");
        long theirs = count(username, "activitiesToConfirm");
        log(unique("只给青山村"), qingshan);
        assertThat(count("secretary", "activitiesToConfirm")).isEqualTo(mine + 1);
        assertThat(count(username, "activitiesToConfirm")).as("not their village's").isEqualTo(theirs);
        log(unique("只给另一村"), other);
        assertThat(count(username, "activitiesToConfirm")).isEqualTo(theirs + 1);
        assertThat(count("secretary", "activitiesToConfirm")).isEqualTo(mine + 1);
        assertThat(badge(user(username).roles("FIRST_SECRETARY"))).isEqualTo(todos.count(scope(username)));
    }

    @Test
    void theAdministratorsBadgeIsCountedOnceAndAgainAfterAnyWriteOfWhatItCounts() throws Exception {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        Scope admin = scope("admin");
        long badge = todos.list(admin).count();
        statistics.clear();
        assertThat(todos.list(admin).count()).isEqualTo(badge);
        assertThat(statistics.getPrepareStatementCount()).as("nothing written: the kept items, no source's statement")
                .isZero();
        assertThat(badge(ADMIN)).isEqualTo(badge);

        // each write lands by plain SQL, as another instance's would: the triggers raise the stamps, not the service
        long answered = copy("supervision_finding", jdbc.queryForObject(
                "select min(id) from supervision_finding where status = 'ANSWERED'", Long.class),
                Map.of("what", unique("待核实问题")));
        assertThat(count("admin", "findingsToVerify")).as("a finding answered").isEqualTo(
                jdbc.queryForObject("select count(*) from supervision_finding where status = 'ANSWERED'", Long.class));
        long verify = count("admin", "findingsToVerify");
        jdbc.update("update supervision_finding set status = 'CLOSED', closed_on = current_date where id = ?",
                answered);
        assertThat(count("admin", "findingsToVerify")).as("closed").isEqualTo(verify - 1);

        long matters = count("admin", "majorMattersToAcknowledge");
        long matter = copy("station_major_matter", jdbc.queryForObject("select min(id) from station_major_matter",
                Long.class), Map.of("what", unique("重大事项"), "acknowledged_at", java.sql.Timestamp.valueOf(
                        java.time.LocalDateTime.now()), "acknowledged_by", "admin", "acknowledgement", "已阅"));
        assertThat(count("admin", "majorMattersToAcknowledge")).as("acknowledged already").isEqualTo(matters);
        jdbc.update("update station_major_matter set acknowledged_at = null, acknowledged_by = null,"
                + " acknowledgement = null where id = ?", matter);
        assertThat(count("admin", "majorMattersToAcknowledge")).as("waiting").isEqualTo(matters + 1);
        assertThat(badge(ADMIN)).as("the menu's badge, the same list").isEqualTo(todos.list(admin).count());

        // leave asked for, then refused; a check-in (V92's counters) does not recount the kept items
        long absences = count("admin", "absencesToDecide");
        long absence = copy("station_absence", jdbc.queryForObject("select min(id) from station_absence",
                Long.class), Map.of("status", "REQUESTED", "reason", unique("请假")));
        assertThat(count("admin", "absencesToDecide")).as("asked for").isEqualTo(absences + 1);
        jdbc.update("update station_absence set status = 'REFUSED', decided_by = 'admin', decided_at = now()"
                + " where id = ?", absence);
        assertThat(count("admin", "absencesToDecide")).as("refused").isEqualTo(absences);
        // the stationed cadres' counters raised, as every check-in raises them: the kept items still
        jdbc.execute("select station_attendance_touch(array[0::bigint])");
        statistics.clear();
        assertThat(todos.list(admin).items().stream().filter(i -> i.kind().equals("absencesToDecide"))
                .mapToLong(TodoItem::count).sum()).isEqualTo(absences);
        assertThat(statistics.getPrepareStatementCount()).as("a check-in: the kept items still").isZero();
        // a pairing's and the tree's writes raise the absences' stamp (whose villages a sub-team leader reaches)
        for (String write : List.of("update assistance_relationship set ends_on = ends_on"
                        + " where id = (select min(id) from assistance_relationship)",
                "update unit set path = path where id = (select min(id) from unit)")) {
            long before = jdbc.queryForObject("select coalesce(sum(n), 0) from todo_stamp where stamp = 'absences'",
                    Long.class);
            jdbc.update(write);
            assertThat(jdbc.queryForObject("select coalesce(sum(n), 0) from todo_stamp where stamp = 'absences'",
                    Long.class)).as(write).isGreaterThan(before);
        }

        // the tree: the finding's group moved out of the sub-team leader's reach
        long toRectify = count("subteam", "findingsToRectify");
        long finding = jdbc.queryForObject("select min(id) from supervision_finding where status = 'OPEN'", Long.class);
        long unit = jdbc.queryForObject("select unit_id from supervision_finding where id = ?", Long.class, finding);
        long open = copy("supervision_finding", finding, Map.of("status", "OPEN", "what", unique("待整改问题")));
        assertThat(count("subteam", "findingsToRectify")).as("a group of the sub-team's").isEqualTo(toRectify + 1);
        String path = jdbc.queryForObject("select path from unit where id = ?", String.class, unit);
        long ofTheGroup = jdbc.queryForObject("""
                select count(*) from supervision_finding where unit_id = ? and status in ('OPEN', 'RETURNED')""",
                Long.class, unit);
        try {
            jdbc.update("update unit set path = ? where id = ?", "/0" + path, unit);
            assertThat(count("subteam", "findingsToRectify")).as("its group moved away")
                    .isEqualTo(toRectify + 1 - ofTheGroup);
        } finally {
            jdbc.update("update unit set path = ? where id = ?", path, unit);
            jdbc.update("update supervision_finding set status = 'CLOSED', closed_on = current_date where id = ?",
                    open);
        }
        assertThat(count("subteam", "findingsToRectify")).isEqualTo(toRectify);
    }

    @Test
    void theToDoPageHasAnEmptyStateAndBothLanguages() throws Exception {
        Document member = page("/todos", user("member").roles("MEMBER"));
        assertThat(member.getElementById("todos-empty").text()).isEqualTo("目前没有待办事项。");
        assertThat(member.getElementById("nav-todos").text()).isEqualTo("待办");
        Document en = page("/todos?lang=en", user("member").roles("MEMBER"));
        assertThat(en.getElementById("todos-empty").text()).isEqualTo("Nothing to do at the moment.");
        assertThat(page("/", SECRETARY).getElementById("home-todos")).as("the start page shows the list").isNotNull();
    }

    @Test
    void everyKindReadsInBothLanguages() {
        for (String kind : List.of("activitiesToConfirm", "activitiesDisputed", "planMissing", "plansToApprove",
                "demandsToConfirm", "projectsAssigned", "projectsOverdue", "selfAssessment", "ratingsDue", "scoresDue",
                "importWaiting", "notificationDraft")) {
            Object[] args = {3L, "2031"};
            assertThat(messages.getMessage("todo." + kind, args, java.util.Locale.SIMPLIFIED_CHINESE))
                    .as(kind).doesNotContain("{");
            assertThat(messages.getMessage("todo." + kind, args, java.util.Locale.ENGLISH)).as(kind)
                    .doesNotContain("{").matches("[\\x20-\\x7e]+");
        }
    }

    /** A copy of a row with some columns changed (the new row's id). */
    private long copy(String table, long id, Map<String, Object> changes) {
        List<String> columns = jdbc.queryForList("""
                select column_name from information_schema.columns
                where table_name = ? and column_name <> 'id' and is_generated = 'NEVER'
                order by ordinal_position""", String.class, table);
        String select = columns.stream().map(c -> changes.containsKey(c) ? "?" : c).collect(Collectors.joining(", "));
        Object[] args = columns.stream().filter(changes::containsKey).map(changes::get).toArray();
        Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = id;
        return jdbc.queryForObject("insert into " + table + " (" + String.join(", ", columns) + ") select " + select
                + " from " + table + " where id = ? returning id", Long.class, all);
    }
}
