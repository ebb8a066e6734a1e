package cn.helituan.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.TestClock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A fresh start with the demo county shows the product: every menu page of every demo role has content, the
 * organization department's last month is published and this year's evaluation is under review, the demands stand at
 * every stage, each group's people fit its work, a roster has been imported, and a second start adds nothing. (Other
 * tests only add records of their own, so what the demo county put in place is still there whatever ran before.)
 */
class DemoCountyTest extends FullStackTest {

    private static final Map<String, String> ROLES = Map.of("admin", "ORG_ADMIN", "subteam", "SUB_TEAM_LEADER",
            "leader", "GROUP_LEADER", "member", "MEMBER", "secretary", "FIRST_SECRETARY", "reviewer", "REVIEWER");
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;
    @Autowired
    DemoData demoData;

    @Test
    void everyMenuPageOfTheOrgAdminListsSomething() throws Exception {
        List<String> menu = menu("admin");
        assertThat(menu).contains("/dashboard", "/notifications", "/evaluations", "/units", "/members",
                "/work-units", "/activities", "/plans", "/demands", "/relationships", "/objects", "/accounts",
                "/imports", "/jobs", "/announcements", "/messages");
        for (String page : menu) {
            MvcResult result = open("admin", page);
            Map<String, Object> model = result.getModelAndView().getModel();
            List<String> lists = pagesOf(model);
            // the start page, the dashboard and the to-do list (a person's own, empty when nothing waits) are no lists
            assertThat(lists.isEmpty() && !page.equals("/") && !page.equals("/dashboard") && !page.equals("/todos")
                    && !page.equals("/units") && !page.equals("/relationships")).as("%s has a list", page).isFalse();
            for (String name : lists) {
                assertThat(((Page<?>) model.get(name)).getTotalElements()).as("rows of %s on %s", name, page)
                        .isPositive();
            }
        }
        assertThat(open("admin", "/units").getResponse().getContentAsString()).contains(Demo.TEAM, Demo.INDUSTRY);
        assertThat(open("admin", "/dashboard").getResponse().getContentAsString()).contains(Demo.INDUSTRY);
        // on one of the list's pages: other tests add pairings of their own, which may come before it
        boolean listed = false;
        for (int page = 1; page <= 50 && !listed; page++) {
            listed = open("admin", "/relationships/list?page=" + page).getResponse().getContentAsString()
                    .contains("青山村");
        }
        assertThat(listed).as("青山村's pairing listed").isTrue();
    }

    @Test
    void everyDemoRoleSeesContentOnEachOfItsMenuPages() throws Exception {
        for (String username : ROLES.keySet()) {
            for (String page : menu(username)) {
                Map<String, Object> model = open(username, page).getModelAndView().getModel();
                for (String name : pagesOf(model)) {
                    assertThat(((Page<?>) model.get(name)).getTotalElements())
                            .as("rows of %s on %s for %s", name, page, username).isPositive();
                }
            }
        }
    }

    @Test
    void lastMonthIsPublishedAndThisYearsEvaluationAwaitsTheReviewer() throws Exception {
        long team = demo.unitId(Demo.TEAM);
        assertThat(jdbc.queryForObject("""
                select count(*) from monthly_notification
                where scope_unit_id = ? and month = ? and status = 'PUBLISHED'""", Long.class, team,
                YearMonth.now(TestClock.ZONE).minusMonths(1).atDay(1))).isEqualTo(1);
        assertThat(open("leader", "/notifications").getResponse().getContentAsString()).contains("已发布");

        Map<String, Object> round = jdbc.queryForMap("""
                select r.id, r.status, r.year,
                       (select count(*) from evaluation_entry e where e.round_id = r.id) entries,
                       (select count(*) from evaluation_entry e
                        where e.round_id = r.id and e.self_assessed_at is not null) assessed,
                       (select count(*) from evaluation_rating g where g.round_id = r.id) ratings,
                       (select count(*) from evaluation_score s where s.round_id = r.id) scores
                from evaluation_round r where r.name like ?""", "%" + DemoReviews.ROUND);
        assertThat(round.get("status")).isEqualTo("OPEN");
        assertThat((Long) round.get("entries")).isEqualTo(8);
        assertThat((Long) round.get("assessed")).isPositive();
        assertThat((Long) round.get("ratings")).isPositive();
        assertThat((Long) round.get("scores")).as("the reviewer has not scored yet").isZero();
        String rounds = open("reviewer", "/evaluations").getResponse().getContentAsString();
        assertThat(rounds).contains(DemoReviews.ROUND, "进行中");
    }

    @Test
    void theDemandsStandAtEveryStageOfTheWorkflow() throws Exception {
        Map<String, String> expected = Map.of("春茶销路不畅，需要电商渠道", "RAISED", "通组道路破损需硬化", "ACCEPTED",
                "土蜂蜜滞销", "MATCHED", "社区老年人慢病筛查", "IN_PROGRESS", "村党员活动室设备陈旧", "SOLVED",
                "茶园病虫害防治技术缺乏", "RESOLVED", "新建村文化广场", "DECLINED", "引进大型农产品加工企业",
                "UNSOLVABLE_PROPOSED");
        expected.forEach((title, status) -> assertThat(jdbc.queryForObject(
                "select status from demand where title = ?", String.class, title)).as(title).isEqualTo(status));
        for (String status : new java.util.TreeSet<>(expected.values())) {
            Page<?> rows = (Page<?>) open("admin", "/demands?status=" + status).getModelAndView().getModel()
                    .get("rows");
            assertThat(rows.getTotalElements()).as("demands %s", status).isPositive();
        }
        assertThat(jdbc.queryForObject("select count(*) from project where status = 'ACTIVE'", Long.class))
                .isPositive();
    }

    @Test
    void everyGroupHasAPlanAndItsPeopleFitItsWork() {
        int year = LocalDate.now().getYear();
        List<Map<String, Object>> plans = jdbc.queryForList("""
                select u.name, p.status from unit u join unit t on u.path like t.path || '%'
                left join annual_plan p on p.group_id = u.id and p.year = ?
                where t.name = ? and u.kind = 'GROUP' and u.created_by = 'system'""", year, Demo.TEAM);
        assertThat(plans).hasSize(8).allSatisfy(p -> assertThat(p.get("status")).as("%s", p.get("name")).isNotNull());
        assertThat(plans).extracting(p -> p.get("status")).contains("APPROVED", "SUBMITTED");

        // the demo county's people (mobiles 1380000xxxx; tests add people with other numbers)
        List<Map<String, Object>> people = jdbc.queryForList("""
                select u.name unit, w.kind, m.specialty from membership s join unit u on u.id = s.unit_id
                join member m on m.id = s.member_id join work_unit w on w.id = m.work_unit_id
                where u.kind = 'GROUP' and m.mobile like '1380000%' and u.name in (?, ?, ?)""",
                Demo.TEA_GROUP, Demo.MEDICAL_GROUP, "教育帮扶合力小组");
        List<String> tea = new ArrayList<>();
        for (Map<String, Object> p : people) {
            String unit = (String) p.get("unit");
            if (unit.equals(Demo.TEA_GROUP)) {
                assertThat(p.get("kind")).as("a tea group member's work unit").isNotIn("HOSPITAL", "SCHOOL");
                tea.add((String) p.get("specialty"));
            } else if (unit.equals(Demo.MEDICAL_GROUP)) {
                assertThat(p.get("kind")).as("a medical group member's work unit").isEqualTo("HOSPITAL");
            } else {
                assertThat(p.get("kind")).as("an education group member's work unit").isEqualTo("SCHOOL");
            }
        }
        assertThat(tea).hasSize(7).contains("茶叶种植").noneMatch(s -> s.contains("内科") || s.contains("儿科"));
    }

    /**
     * The imports page lists the administrator's roster, imported through the template with its three people, and a
     * demand list checked with a row in an unknown category, not imported, its problem on its page.
     */
    @Test
    void theImportsPageListsAnImportedRosterAndAListWithAProblem() throws Exception {
        long roster = jdbc.queryForObject("select id from import_record where file_name = ? and status = 'IMPORTED'",
                Long.class, DemoImports.ROSTER);
        assertThat(listPageOf(roster)).contains(DemoImports.ROSTER, "已导入");
        String imported = open("admin", "/imports/" + roster).getResponse().getContentAsString();
        assertThat(imported).contains("人员名册", DemoImports.MOBILES + "0001 钱学农", DemoImports.MOBILES + "0003 温雅",
                "组织部管理员");
        assertThat(jdbc.queryForList("""
                select m.name from member m join membership s on s.member_id = m.id join unit u on u.id = s.unit_id
                where m.mobile like ? and u.name = '科技特派工作组' and s.created_by = 'admin' order by m.mobile""",
                String.class, DemoImports.MOBILES + "%")).containsExactly("钱学农", "孔繁荣", "温雅");

        long demands = jdbc.queryForObject("select id from import_record where file_name = ? and status = 'REJECTED'",
                Long.class, DemoImports.DEMANDS);
        assertThat(listPageOf(demands)).contains(DemoImports.DEMANDS, "有错误，未导入");
        assertThat(open("admin", "/imports/" + demands).getResponse().getContentAsString())
                .contains("没有名为“文化旅游”的类别");
        assertThat(jdbc.queryForObject("select count(*) from demand where title = '村卫生室药品柜更新'", Long.class))
                .as("the list with a problem imported nothing").isZero();
    }

    @Test
    void aSecondStartAddsNothing() {
        String counts = "select (select count(*) from unit) || '/' || (select count(*) from member) || '/'"
                + " || (select count(*) from account) || '/' || (select count(*) from demand) || '/'"
                + " || (select count(*) from import_record)";
        String before = jdbc.queryForObject(counts, String.class);
        demoData.loadIfWanted();
        assertThat(jdbc.queryForObject(counts, String.class)).isEqualTo(before);
    }

    /** The page of /imports (newest first, 20 a page) that lists this record: tests may have imported before. */
    private String listPageOf(long id) throws Exception {
        long newer = jdbc.queryForObject("select count(*) from import_record where id > ?", Long.class, id);
        return open("admin", "/imports?page=" + (newer / 20 + 1)).getResponse().getContentAsString();
    }

    /**
     * The menu's pages (its entries, inside their groups, and the messages beside the user's name), not the group
     * toggles, the user link or the languages.
     */
    private List<String> menu(String username) throws Exception {
        String home = open(username, "/").getResponse().getContentAsString();
        List<String> links = new ArrayList<>();
        for (Element a : Jsoup.parse(home).select(
                "#mainNav ul.me-auto a.nav-link[href], #mainNav ul.me-auto a.dropdown-item[href], #mainNav a#nav-messages")) {
            String href = a.attr("href");
            if (href.startsWith("/") && !links.contains(href)) {
                links.add(href);
            }
        }
        assertThat(links).as("%s's menu", username).isNotEmpty();
        return links;
    }

    private MvcResult open(String username, String page) throws Exception {
        MvcResult result = mvc.perform(get(page).with(as(username))).andReturn();
        assertThat(result.getResponse().getStatus()).as("%s for %s", page, username).isEqualTo(200);
        return result;
    }

    private static RequestPostProcessor as(String username) {
        return user(username).roles(ROLES.get(username));
    }

    private static List<String> pagesOf(Map<String, Object> model) {
        return model.entrySet().stream().filter(e -> e.getValue() instanceof Page<?>).map(Map.Entry::getKey)
                .toList();
    }
}
