package cn.helituan.app.activity;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.account.AccountService;
import cn.helituan.domain.todo.TodoService;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The activity lists as the organization department, a sub-team, a group and a village read them: narrowed to a
 * sub-team or group, to an object or a kind of object, as a timeline under its months; on the group's and the
 * object's pages; never wider than the reader's scope; and in the same few SQL statements whatever the page size.
 */
class ActivityListTest extends ActivityTestBase {


    @Autowired
    EntityManagerFactory emf;
    @Autowired
    TodoService todos;
    @Autowired
    AccountService accounts;

    private long ecommerce;
    private long shimen;
    private long enterprise;

    @BeforeEach
    void ids() {
        ecommerce = demo.unitId(Demo.ECOMMERCE_GROUP);
        shimen = objectId("DEMO-002");
        enterprise = objectId("DEMO-007");
    }

    /** An activity of the group, on the day, covering the objects (as the form would write it). */
    private long activity(long group, String title, LocalDate on, long... objects) {
        long id = jdbc.queryForObject("""
                insert into activity (group_id, type_id, occurred_on, title, status, beneficiaries, created_at,
                                      created_by)
                values (?, ?, ?, ?, 'REPORTED', 10, now(), 'leader') returning id""", Long.class, group, visitType,
                on, title);
        for (long object : objects) {
            jdbc.update("""
                    insert into activity_object (activity_id, object_id, status, created_at, created_by)
                    values (?, ?, 'REPORTED', now(), 'leader')""", id, object);
        }
        jdbc.update("""
                insert into activity_member (activity_id, member_id)
                select ?, s.member_id from membership s where s.unit_id = ? and s.left_on is null limit 2""", id, group);
        return id;
    }

    @Test
    void theListNarrowsToAGroupAnObjectAndAKindOfObject() throws Exception {
        String village = unique("青山村茶园走访");
        String company = unique("绿源茶业用工座谈");
        String other = unique("石门村直播培训");
        LocalDate day = LocalDate.now().minusDays(3);
        activity(tea, village, day, qingshan);
        activity(tea, company, day, enterprise);
        activity(ecommerce, other, day, shimen);

        assertThat(page("/activities?unit=" + tea, ADMIN)).contains(village, company).doesNotContain(other);
        assertThat(page("/activities?unit=" + ecommerce, ADMIN)).contains(other).doesNotContain(village, company);
        long teaSubTeam = jdbc.queryForObject("select parent_id from unit where id = ?", Long.class, tea);
        assertThat(page("/activities?unit=" + teaSubTeam, ADMIN)).as("a sub-team's list is its groups'")
                .contains(village, company);
        assertThat(page("/activities?kind=ENTERPRISE", ADMIN)).contains(company).doesNotContain(village, other)
                .as("the filter shows what was chosen")
                .contains("<option value=\"ENTERPRISE\" selected=\"selected\">企业</option>");
        assertThat(page("/activities?kind=VILLAGE&unit=" + tea, ADMIN)).contains(village).doesNotContain(company);
        String ofObject = page("/activities?object=" + enterprise, ADMIN);
        assertThat(ofObject).contains(company, "绿源茶业有限公司").doesNotContain(village, other);
        assertThat(page("/activities?from=" + day.plusDays(1) + "&unit=" + tea, ADMIN))
                .doesNotContain(village, company);

        // the export writes what the same filters show
        byte[] export = mvc.perform(get("/activities/export?kind=ENTERPRISE&from=" + day + "&to=" + day).with(ADMIN))
                .andReturn().getResponse().getContentAsByteArray();
        try (org.apache.poi.ss.usermodel.Workbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(export))) {
            java.util.List<String> titles = new java.util.ArrayList<>();
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                titles.add(sheet.getRow(r).getCell(2).getStringCellValue());
            }
            assertThat(titles).contains(company).doesNotContain(village, other);
        }
    }

    @Test
    void aGroupAndAVillageReadTheirYearAsATimeline() throws Exception {
        String title = unique("茶叶采摘技术培训");
        LocalDate day = LocalDate.now().minusDays(40);
        activity(tea, title, day, qingshan);
        String month = day.toString().substring(0, 7);

        String timeline = page("/activities?view=timeline&unit=" + tea + "&from=" + day + "&to=" + day, LEADER);
        assertThat(timeline).contains("id=\"activity-timeline\"", title, ">" + month + "<")
                .doesNotContain("id=\"activity-list\"");
        assertThat(Pages.after(page("/units/" + tea, LEADER), "id=\"recent-activities\"", 4000))
                .as("the group's page shows its latest activities").contains("id=\"activity-timeline\"");
        String villagePage = page("/objects/" + qingshan, SECRETARY);
        assertThat(Pages.after(villagePage, "id=\"recent-activities\"", 6000))
                .contains("/activities?object=" + qingshan + "&amp;view=timeline");
        assertThat(page("/activities?view=timeline&object=" + qingshan + "&from=" + day + "&to=" + day,
                SECRETARY))
                .contains(title, ">" + month + "<");
        byte[] export = mvc.perform(get("/activities/export?from=" + day + "&to=" + day).with(SECRETARY)).andReturn()
                .getResponse().getContentAsByteArray();
        try (org.apache.poi.ss.usermodel.Workbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(export))) {
            org.apache.poi.ss.usermodel.Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(2).getStringCellValue()).as("the village exports its own").isEqualTo(title);
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo(Demo.TEA_GROUP);
        }
    }

    @Test
    void nobodyReadsAnotherScopeThroughTheFilters() throws Exception {
        String other = unique("石门村电商培训");
        activity(ecommerce, other, LocalDate.now().minusDays(2), shimen);
        RequestPostProcessor plainMember = Pages.account(jdbc, "MEMBER", tea, null);

        assertThat(status("/activities?unit=" + ecommerce, LEADER)).as("another group's list").isEqualTo(404);
        assertThat(status("/activities?unit=" + ecommerce, plainMember)).isEqualTo(404);
        assertThat(status("/activities?object=" + shimen, SECRETARY)).as("another village's list").isEqualTo(404);
        assertThat(status("/activities?object=" + shimen, LEADER)).as("an object of another group").isEqualTo(404);
        assertThat(page("/activities?kind=VILLAGE", LEADER)).doesNotContain(other);
        assertThat(page("/activities?kind=VILLAGE", SECRETARY)).doesNotContain(other);
        assertThat(status("/units/" + ecommerce, LEADER)).isEqualTo(404);
        assertThat(status("/activities/export?unit=" + ecommerce, LEADER)).as("nor through the export").isEqualTo(404);
        assertThat(status("/activities/export?object=" + shimen, SECRETARY)).isEqualTo(404);
        assertThat(status("/activities/totals?unit=" + ecommerce, LEADER)).as("nor its totals").isEqualTo(404);
        assertThat(status("/activities/totals?object=" + shimen, SECRETARY)).isEqualTo(404);
        assertThat(status("/activities/totals?unit=" + ecommerce, plainMember)).isEqualTo(404);
    }

    @Test
    void aLongLogIsCountedToAThousandAndAddedUpWhenAsked() throws Exception {
        String prefix = unique("大量记录");
        long medical = demo.unitId(Demo.MEDICAL_GROUP);
        jdbc.update("""
                insert into activity (group_id, type_id, occurred_on, title, status, patients_seen, created_at,
                                      created_by)
                select ?, ?, date '2024-01-01' + (s % 300), ? || s, 'REPORTED', 2, now(), 'test'
                from generate_series(1, 1001) s""", medical, visitType, prefix);
        String filter = "?unit=" + medical + "&from=2024-01-01&to=2024-12-31";

        String list = page("/activities" + filter, ADMIN);
        assertThat(list).contains("超过 1,000 次活动", "第 1 / 50 页，前 1,000 条");
        assertThat(page("/activities" + filter + "&page=50", ADMIN)).contains(prefix, "第 50 / 50 页")
                .doesNotContain("page=51");
        assertThat(page("/activities/totals" + filter, ADMIN)).as("the exact number is in the totals")
                .contains("合计（不含已撤回）：1,001 次活动", ">2,002<");
    }

    @Test
    void aPageCostsTheSameStatementsWhateverItsSize() throws Exception {
        String prefix = unique("批量走访");
        for (int i = 0; i < 100; i++) {
            activity(tea, prefix + i, LocalDate.now().minusDays(i % 60), qingshan, enterprise);
        }
        jdbc.update("""
                insert into activity_photo (activity_id, content_type, byte_size, width, height, created_at)
                select id, 'image/jpeg', 1000, 10, 10, now() from activity where title like ?""", prefix + "%");
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        assertThat(statistics.isStatisticsEnabled()).isTrue();

        long small = statements(statistics, "/activities?unit=" + tea + "&size=20", 20);
        long large = statements(statistics, "/activities?unit=" + tea + "&size=100", 100);
        long timeline = statements(statistics, "/activities?view=timeline&unit=" + tea + "&size=100", -1);
        assertThat(large).as("100 rows cost what 20 do").isEqualTo(small);
        assertThat(timeline).isEqualTo(small);
        // the menu's to-do badge is read once per page, a fixed number of statements of its own (TodoTest)
        statistics.clear();
        todos.list(accounts.scopeOf("leader").orElseThrow());
        long badge = statistics.getPrepareStatementCount();
        assertThat(small).as("count, page ids, rows with group and type, photos, the page's own look-ups, the badge")
                .isLessThanOrEqualTo(8 + badge);
    }

    /** The SQL statements Hibernate prepared for one request of the leader's, checking how many rows it showed. */
    private long statements(Statistics statistics, String url, int rows) throws Exception {
        page(url, LEADER); // warm: the cached choices and types
        statistics.clear();
        String html = page(url, LEADER);
        long count = statistics.getPrepareStatementCount();
        if (rows >= 0) {
            Matcher row = Pattern.compile("class=\"list-group-item activity-row\"").matcher(html);
            int shown = 0;
            while (row.find()) {
                shown++;
            }
            assertThat(shown).as("rows on " + url).isEqualTo(rows);
            assertThat(html).contains("/photos/");
        }
        return count;
    }
}
