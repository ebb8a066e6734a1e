package cn.helituan.app.common;

import static cn.helituan.app.support.Pages.admin;
import static cn.helituan.app.support.Pages.mobile;
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
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Create forms carry a one-time key (issue 16): a second submission of the same key — a phone retrying on a bad
 * network, a double click, a script run twice — saves nothing and leads to the record the first saved; another key
 * saves another record. One test per form kind, each posting as the form's user would.
 */
class OneTimeFormsTest extends FullStackTest {

    private static final RequestPostProcessor LEADER = user("leader").roles("GROUP_LEADER");
    private static final Pattern KEY = Pattern.compile("name=\"formKey\"\\s+value=\"([0-9a-f-]{36})\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;
    @Autowired
    DataSource dataSource;

    private long tea;
    private long industry;
    private long qingshan;

    @BeforeEach
    void ids() {
        tea = demo.unitId(Demo.TEA_GROUP);
        industry = demo.unitId(Demo.INDUSTRY);
        qingshan = jdbc.queryForObject("select id from assisted_object where code = 'DEMO-001'", Long.class);
    }

    // --- the activity form: the whole story

    private MockHttpServletRequestBuilder activity(String title) {
        long type = jdbc.queryForObject("select id from activity_type where code = 'RESEARCH_VISIT'", Long.class);
        long member = jdbc.queryForObject("""
                select member_id from membership where unit_id = ? and left_on is null order by member_id limit 1""",
                Long.class, tea);
        return post("/activities/new").with(csrf()).param("groupId", String.valueOf(tea))
                .param("typeId", String.valueOf(type)).param("occurredOn", LocalDate.now().minusDays(1).toString())
                .param("title", title).param("place", "青山村村委会").param("objectIds", String.valueOf(qingshan))
                .param("memberIds", String.valueOf(member)).param("otherParticipants", "2")
                .param("beneficiaries", "30");
    }

    private long activities(String title) {
        return jdbc.queryForObject("select count(*) from activity where title = ?", Long.class, title);
    }

    @Test
    void anActivityPostedTwiceWithItsKeyIsSavedOnceAndTheSecondAnswerShowsIt() throws Exception {
        String title = unique("重复提交的走访");
        String page = mvc.perform(get("/activities/new").with(LEADER)).andReturn().getResponse().getContentAsString();
        Matcher shown = KEY.matcher(page);
        assertThat(shown.find()).as("the form carries a key").isTrue();
        String key = shown.group(1);

        MvcResult first = mvc.perform(activity(title).param("formKey", key).with(LEADER)).andReturn();
        assertThat(first.getResponse().getStatus()).isEqualTo(302);
        MvcResult second = mvc.perform(activity(title).param("formKey", key).with(LEADER)).andReturn();
        assertThat(second.getResponse().getStatus()).isEqualTo(302);
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
        assertThat(activities(title)).isEqualTo(1);
        String shownAgain = new Pages(mvc).follow(second, LEADER).getResponse().getContentAsString();
        assertThat(shownAgain).contains("已保存，未重复提交", title);

        MvcResult other = mvc.perform(activity(title).param("formKey", UUID.randomUUID().toString()).with(LEADER))
                .andReturn();
        assertThat(other.getResponse().getRedirectedUrl()).isNotEqualTo(first.getResponse().getRedirectedUrl());
        assertThat(activities(title)).as("another key is another activity").isEqualTo(2);
    }

    /** Refused by a rule (an object not paired with the group) inside the claim's transaction: the claim goes with the refusal. */
    @Test
    void aRefusedFormKeepsItsKeySoTheCorrectedOneSavesOnce() throws Exception {
        String title = unique("先填错的走访");
        long unpaired = jdbc.queryForObject("""
                select min(id) from assisted_object where id not in (
                  select object_id from assistance_relationship where group_id = ? and status = 'ACTIVE')""",
                Long.class, tea);
        String key = UUID.randomUUID().toString();
        MvcResult refused = mvc.perform(activity(title).param("formKey", key).param("objectIds", String.valueOf(unpaired))
                .with(LEADER)).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        Matcher kept = KEY.matcher(refused.getResponse().getContentAsString());
        assertThat(kept.find() && kept.group(1).equals(key)).as("the refused form keeps its key").isTrue();
        assertThat(activities(title)).isZero();

        MvcResult saved = mvc.perform(activity(title).param("formKey", key).with(LEADER)).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        MvcResult again = mvc.perform(activity(title).param("formKey", key).with(LEADER)).andReturn();
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(saved.getResponse().getRedirectedUrl());
        assertThat(activities(title)).isEqualTo(1);
    }

    @Test
    void anotherAccountsKeyShowsNothingAndSavesNothingAndABadKeyIsA400() throws Exception {
        String title = unique("组长的走访");
        String key = UUID.randomUUID().toString();
        MvcResult leaders = mvc.perform(activity(title).param("formKey", key).with(LEADER)).andReturn();
        assertThat(leaders.getResponse().getStatus()).isEqualTo(302);

        MvcResult admins = mvc.perform(activity(unique("管理员的走访")).param("formKey", key).with(admin())).andReturn();
        assertThat(admins.getResponse().getStatus()).isEqualTo(400);
        assertThat(admins.getResponse().getRedirectedUrl()).isNull();
        assertThat(admins.getResponse().getContentAsString()).contains("这份表单的提交凭据无效")
                .doesNotContain(title, leaders.getResponse().getRedirectedUrl());

        String garbled = unique("凭据乱码的走访");
        MvcResult bad = mvc.perform(activity(garbled).param("formKey", "not-a-key").with(LEADER)).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(activities(garbled)).isZero();
    }

    /** A script of old posts no key: the form saves as it always did (and is not protected). */
    @Test
    void withoutAKeyTheFormStillSaves() throws Exception {
        String title = unique("旧脚本的走访");
        assertThat(mvc.perform(activity(title).with(LEADER)).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(mvc.perform(activity(title).with(LEADER)).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(activities(title)).isEqualTo(2);
    }

    /**
     * Two submissions of one key at the same time: the test holds a lock that every activity insert waits for, so
     * the first request has claimed the key and waits to insert while the second waits on the key's claim; once the
     * lock goes, the first saves and the second finds the key taken.
     */
    @Test
    void twoSubmissionsOfOneKeyAtOnceSaveOneActivity() throws Exception {
        String title = unique("同时提交的走访");
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            lock.createStatement().execute("lock table activity in share row exclusive mode");
            List<Future<MvcResult>> posts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                posts.add(pool.submit(() -> mvc.perform(activity(title).param("formKey", key).with(LEADER))
                        .andReturn()));
            }
            waitUntil(() -> jdbc.queryForObject("""
                    select count(*) from pg_stat_activity where datname = current_database()
                    and wait_event_type = 'Lock'""", Long.class) >= 2);
            lock.commit();
            MvcResult one = posts.get(0).get(60, TimeUnit.SECONDS);
            MvcResult two = posts.get(1).get(60, TimeUnit.SECONDS);
            assertThat(one.getResponse().getStatus()).isEqualTo(302);
            assertThat(two.getResponse().getStatus()).isEqualTo(302);
            assertThat(one.getResponse().getRedirectedUrl()).isEqualTo(two.getResponse().getRedirectedUrl());
        } finally {
            pool.shutdownNow();
        }
        assertThat(activities(title)).isEqualTo(1);
    }

    /** Waits for a condition of the database (both requests blocked), failing after a minute. */
    private static void waitUntil(Supplier<Boolean> condition) throws InterruptedException {
        for (int i = 0; i < 3000 && !condition.get(); i++) {
            Thread.sleep(20);
        }
        assertThat(condition.get()).as("both requests wait").isTrue();
    }

    // --- every other create form

    /**
     * Posts {@code form} twice with one key and {@code another} with a second key: the second answer redirects to
     * where the first did, with the note; {@code table} gains one row, then one more.
     */
    private MvcResult savedOncePerKey(String table, RequestPostProcessor who, Supplier<MockHttpServletRequestBuilder> form,
                                      Supplier<MockHttpServletRequestBuilder> another) throws Exception {
        long before = rows(table);
        String key = UUID.randomUUID().toString();
        MvcResult first = mvc.perform(form.get().param("formKey", key).with(who).with(csrf())).andReturn();
        assertThat(first.getResponse().getStatus()).as("%s saved: %s", table, first.getFlashMap()).isEqualTo(302);
        MvcResult second = mvc.perform(form.get().param("formKey", key).with(who).with(csrf())).andReturn();
        assertThat(second.getResponse().getStatus()).isEqualTo(302);
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
        assertThat(second.getFlashMap().get("success")).isEqualTo("flash.form.alreadySaved");
        assertThat(rows(table)).as("one %s for the key", table).isEqualTo(before + 1);
        if (another != null) {
            MvcResult other = mvc.perform(another.get().param("formKey", UUID.randomUUID().toString()).with(who)
                    .with(csrf())).andReturn();
            assertThat(other.getResponse().getStatus()).as("%s saved: %s", table, other.getFlashMap()).isEqualTo(302);
            assertThat(rows(table)).as("another key, another %s", table).isEqualTo(before + 2);
        }
        return first;
    }

    private long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private long category() {
        return jdbc.queryForObject("select min(id) from demand_category where not archived", Long.class);
    }

    private MockHttpServletRequestBuilder demand(String title) {
        return post("/demands/new").param("objectId", String.valueOf(qingshan))
                .param("categoryId", String.valueOf(category())).param("title", title).param("urgency", "URGENT")
                .param("wantedBy", LocalDate.now().plusMonths(2).toString());
    }

    @Test
    void demandsResourcesAndProjects() throws Exception {
        savedOncePerKey("demand", admin(), () -> demand(unique("路灯")), () -> demand(unique("路灯")));
        savedOncePerKey("resource", admin(), () -> post("/resources/new").param("declaredBy", "group")
                .param("groupId", String.valueOf(tea)).param("categoryId", String.valueOf(category()))
                .param("title", unique("农机")).param("capacity", "5").param("capacityUnit", "DAYS"), null);

        long one = accepted();
        long two = accepted();
        MvcResult project = savedOncePerKey("project", admin(), () -> match(one), () -> match(two));
        String milestones = project.getResponse().getRedirectedUrl() + "/milestones";
        savedOncePerKey("project_milestone", admin(), () -> post(milestones).param("title", unique("验收"))
                .param("dueOn", LocalDate.now().plusMonths(1).toString()), () -> post(milestones)
                .param("title", unique("验收")).param("dueOn", LocalDate.now().plusMonths(2).toString()));
    }

    /** A demand raised (without a key) and accepted, ready to be matched. */
    private long accepted() throws Exception {
        long id = Pages.redirectId(mvc.perform(demand(unique("待匹配")).with(admin()).with(csrf())).andReturn());
        mvc.perform(post("/demands/" + id + "/accept").param("version", String.valueOf(version(id))).with(admin())
                .with(csrf())).andReturn();
        return id;
    }

    private long version(long demand) {
        return jdbc.queryForObject("select version from demand where id = ?", Long.class, demand);
    }

    private MockHttpServletRequestBuilder match(long demand) {
        return post("/demands/" + demand + "/match").param("version", String.valueOf(version(demand)))
                .param("title", "项目 " + demand).param("groupId", String.valueOf(tea))
                .param("startsOn", LocalDate.now().toString())
                .param("deadline", LocalDate.now().plusMonths(3).toString()).param("budget", "5000");
    }

    @Test
    void plans() throws Exception {
        long one = new Pages(mvc).createUnit(industry, UnitKind.GROUP, unique("计划小组"));
        long two = new Pages(mvc).createUnit(industry, UnitKind.GROUP, unique("计划小组"));
        int year = LocalDate.now().getYear();
        MvcResult started = savedOncePerKey("annual_plan", admin(),
                () -> post("/plans/group/" + one + "/start").param("year", String.valueOf(year)),
                () -> post("/plans/group/" + two + "/start").param("year", String.valueOf(year)));

        String plan = started.getResponse().getRedirectedUrl();
        jdbc.update("""
                insert into assistance_relationship (group_id, object_id, starts_on, ends_on, focus, status,
                                                     created_at, created_by)
                values (?, ?, current_date - 30, current_date + 300, 'RURAL_REVITALIZATION', 'ACTIVE', now(),
                        'test')""", one, qingshan);
        long owner = new Pages(mvc).createMember(unique("负责人"), mobile(), one, demo.workUnitId("县农业农村局"));
        Supplier<MockHttpServletRequestBuilder> task = () -> post(plan + "/tasks/new").param("kind", "ROUTINE")
                .param("title", unique("走访农户")).param("ownerId", String.valueOf(owner))
                .param("dueOn", LocalDate.of(year, 12, 31).toString()).param("objectIds", String.valueOf(qingshan));
        savedOncePerKey("plan_task", admin(), task, task);
        Supplier<MockHttpServletRequestBuilder> problem = () -> post(plan + "/problems")
                .param("objectId", String.valueOf(qingshan)).param("description", unique("茶园老化"));
        savedOncePerKey("plan_problem", admin(), problem, problem);
    }

    @Test
    void theTeamsStructure() throws Exception {
        savedOncePerKey("unit", admin(), () -> post("/units/new").param("parentId", String.valueOf(industry))
                .param("kind", "GROUP").param("name", unique("小组")).param("field", "GENERAL").param("version", "0"),
                () -> post("/units/new").param("parentId", String.valueOf(industry)).param("kind", "GROUP")
                        .param("name", unique("小组")).param("field", "GENERAL").param("version", "0"));
        long workUnit = jdbc.queryForObject("select min(id) from work_unit", Long.class);
        Supplier<MockHttpServletRequestBuilder> member = () -> post("/members/new").param("name", "测试成员")
                .param("gender", "FEMALE").param("workUnitId", String.valueOf(workUnit)).param("mobile", mobile())
                .param("type", "CADRE").param("post", "科员").param("specialty", "茶叶种植")
                .param("unitId", String.valueOf(tea)).param("position", "MEMBER")
                .param("joinedOn", LocalDate.now().minusMonths(1).toString());
        MvcResult created = savedOncePerKey("member", admin(), member, member);
        long memberId = Pages.redirectId(created);
        long groupA = new Pages(mvc).createUnit(industry, UnitKind.GROUP, unique("加入小组"));
        long groupB = new Pages(mvc).createUnit(industry, UnitKind.GROUP, unique("加入小组"));
        savedOncePerKey("membership", admin(), () -> join(memberId, groupA), () -> join(memberId, groupB));
        savedOncePerKey("work_unit", admin(), () -> post("/work-units/new").param("name", unique("县局"))
                .param("kind", "FINANCIAL"), () -> post("/work-units/new").param("name", unique("县局"))
                .param("kind", "FINANCIAL"));
    }

    private MockHttpServletRequestBuilder join(long member, long group) {
        return post("/members/" + member + "/memberships").param("unitId", String.valueOf(group))
                .param("position", "MEMBER").param("joinedOn", LocalDate.now().toString());
    }

    @Test
    void theRegisterAndRelationships() throws Exception {
        Supplier<MockHttpServletRequestBuilder> object = () -> post("/objects/new").param("kind", "VILLAGE")
                .param("name", unique("松林村")).param("code", unique("V"));
        savedOncePerKey("assisted_object", admin(), object, object);
        savedOncePerKey("region", admin(), () -> post("/regions/new").param("level", "COUNTY")
                .param("name", unique("测试县")).param("code", unique("RC")), () -> post("/regions/new")
                .param("level", "COUNTY").param("name", unique("测试县")).param("code", unique("RC")));
        savedOncePerKey("industrial_chain", admin(), () -> post("/chains").param("name", unique("产业链")),
                () -> post("/chains").param("name", unique("产业链")));

        long group = new Pages(mvc).createUnit(industry, UnitKind.GROUP, unique("结对小组"));
        long one = Pages.redirectId(mvc.perform(object.get().with(admin()).with(csrf())).andReturn());
        long two = Pages.redirectId(mvc.perform(object.get().with(admin()).with(csrf())).andReturn());
        MvcResult paired = savedOncePerKey("assistance_relationship", admin(), () -> pair(group, one),
                () -> pair(group, two));
        long term = Pages.redirectId(paired);
        long version = jdbc.queryForObject("select version from assistance_relationship where id = ?", Long.class,
                term);
        savedOncePerKey("assistance_relationship", admin(), () -> post("/relationships/" + term + "/renew")
                .param("version", String.valueOf(version)).param("endsOn", LocalDate.now().plusMonths(36).toString())
                .param("focus", "RURAL_REVITALIZATION"), null);

        // two members not stationed anywhere (a member is stationed in one place at a time)
        List<String> mobiles = jdbc.queryForList("""
                select m.mobile from member m where m.created_by = 'system' and not m.archived
                and not exists (select 1 from stationing s where s.member_id = m.id and s.ends_on is null)
                order by m.id limit 2""", String.class);
        savedOncePerKey("stationing", admin(), () -> post("/objects/" + one + "/secretaries")
                .param("mobile", mobiles.get(0)).param("startsOn", LocalDate.now().toString()),
                () -> post("/objects/" + two + "/secretaries")
                .param("mobile", mobiles.get(1)).param("startsOn", LocalDate.now().toString()));
    }

    private MockHttpServletRequestBuilder pair(long group, long object) {
        return post("/relationships/new").param("groupId", String.valueOf(group))
                .param("objectId", String.valueOf(object)).param("startsOn", LocalDate.now().toString())
                .param("endsOn", LocalDate.now().plusMonths(18).toString()).param("focus", "RURAL_REVITALIZATION");
    }

    @Test
    void accountsTokensAndConfiguration() throws Exception {
        Supplier<MockHttpServletRequestBuilder> account = () -> post("/accounts/new")
                .param("username", unique("zuzhang").replace('-', '_')).param("displayName", "测试组长")
                .param("role", "GROUP_LEADER").param("scopeUnitId", String.valueOf(tea));
        long before = rows("account");
        String key = UUID.randomUUID().toString();
        MvcResult first = mvc.perform(account.get().param("formKey", key).with(admin()).with(csrf())).andReturn();
        assertThat(first.getFlashMap().get("newPassword")).isNotNull();
        MvcResult second = mvc.perform(account.get().param("formKey", key).with(admin()).with(csrf())).andReturn();
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
        assertThat(second.getFlashMap().get("newPassword")).as("no password shown again").isNull();
        assertThat(rows("account")).isEqualTo(before + 1);

        String tokens = "/accounts/" + Pages.redirectId(first) + "/tokens";
        savedOncePerKey("api_token", admin(), () -> post(tokens).param("name", "上级组织部"),
                () -> post(tokens).param("name", "上级组织部"));
        savedOncePerKey("demand_category", admin(), () -> post("/demand-categories").param("name", unique("类别"))
                .param("sortOrder", "80"), () -> post("/demand-categories").param("name", unique("类别"))
                .param("sortOrder", "80"));
        savedOncePerKey("activity_type", admin(), () -> post("/activity-types").param("name", unique("类型"))
                .param("sortOrder", "80"), () -> post("/activity-types").param("name", unique("类型"))
                .param("sortOrder", "80"));
        savedOncePerKey("monthly_notification", admin(), () -> post("/notifications").param("month", "2025-04"),
                () -> post("/notifications").param("month", "2025-05"));
    }
}
