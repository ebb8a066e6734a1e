package cn.helituan.app.contest;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.TestClock;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The dashboard's contests and cases on a hand-worked year (2019, which no other test writes): every figure equals
 * the total of the list it links to, the rows of that list and its export; a round counts on its first stop's day,
 * once, with all its stops; a round without stops, or whose first stop is before the period, is not counted.
 *
 * <pre>
 * round                      level   stops (days)                 attendance  in 2019?
 * A industry (sub-team)      TOWN    2019-03-10, 2019-03-11       120         yes
 * B welfare (admin)          TOWN    2019-11-01                   —           yes
 * C county (admin)           COUNTY  2019-12-30, 2020-01-05       300         yes (first stop)
 * D industry                 TOWN    2018-12-31, 2019-01-02       50          no  (first stop in 2018)
 * E industry                 TOWN    —                            10          no  (no stop)
 * admin, 2019:      TOWN 2 rounds 3 stops 120; COUNTY 1 round 2 stops 300; all 3 / 5 / 420
 * industry's leader: TOWN 1 round 2 stops 120 (B and C are not under the sub-team, C unpublished)
 * </pre>
 */
class ContestFiguresTest extends FullStackTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    MvcResult send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String... params)
            throws Exception {
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request.with(who).with(csrf())).andReturn();
    }

    Document page(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    long round(RequestPostProcessor who, String level, String unit, String title, int attendance,
               String... days) throws Exception {
        send(post("/contests/new"), who, "level", level, "year", "2019", "quarter", "1", "unitId",
                String.valueOf(demo.unitId(unit)), "title", title, "theme", "产业振兴", "scaleMax", "10",
                "criteria[0].name", "特色亮点", "criteria[0].weight", "3");
        long id = jdbc.queryForObject("select id from contest_round where title = ?", Long.class, title);
        String village = "COUNTY".equals(level) ? null : Demo.WELFARE.equals(unit) ? "柳河社区" : "青山村";
        long town = jdbc.queryForObject("select min(id) from region where level = 'TOWN' and not archived",
                Long.class);
        for (String day : days) {
            MvcResult added = village == null
                    ? send(post("/contests/" + id + "/stops"), who, "regionId", String.valueOf(town), "visitOn", day)
                    : send(post("/contests/" + id + "/stops"), who, "objectId", String.valueOf(jdbc.queryForObject(
                            "select id from assisted_object where name = ?", Long.class, village)), "visitOn", day);
            assertThat(added.getFlashMap().get("success")).as(title + " " + day).isEqualTo("flash.saved");
        }
        if (attendance >= 0) {
            MvcResult recorded = send(post("/contests/" + id + "/attendance"), who, "version", version(id),
                    "attendance", String.valueOf(attendance));
            assertThat(recorded.getFlashMap().get("success")).isEqualTo("flash.saved");
        }
        return id;
    }

    String version(long round) {
        return jdbc.queryForObject("select version::text from contest_round where id = ?", String.class, round);
    }

    static String cell(Document d, String row, int column) {
        return d.getElementById(row).select("td").get(column).text();
    }

    @Test
    void theDashboardsContestAndCaseFiguresAreTheTotalsOfTheListsTheyOpen() throws Exception {
        String tag = unique("观摩");
        round(ContestTest.SUB_TEAM, "TOWN", Demo.INDUSTRY, tag + "A", 120, "2019-03-10", "2019-03-11");
        round(ContestTest.ADMIN, "TOWN", Demo.WELFARE, tag + "B", -1, "2019-11-01");
        round(ContestTest.ADMIN, "COUNTY", Demo.TEAM, tag + "C", 300, "2019-12-30", "2020-01-05");
        round(ContestTest.SUB_TEAM, "TOWN", Demo.INDUSTRY, tag + "D", 50, "2018-12-31", "2019-01-02");
        round(ContestTest.SUB_TEAM, "TOWN", Demo.INDUSTRY, tag + "E", 10);

        Document dashboard = page("/dashboard?period=YEAR&year=2019", ContestTest.ADMIN);
        assertThat(cell(dashboard, "observations-TOWN", 0)).isEqualTo("2");
        assertThat(cell(dashboard, "observations-TOWN", 1)).isEqualTo("3");
        assertThat(cell(dashboard, "observations-TOWN", 2)).isEqualTo("120");
        assertThat(cell(dashboard, "observations-COUNTY", 0)).isEqualTo("1");
        assertThat(cell(dashboard, "observations-COUNTY", 1)).isEqualTo("2");
        assertThat(cell(dashboard, "observations-COUNTY", 2)).isEqualTo("300");
        assertThat(cell(dashboard, "observations-all", 0)).isEqualTo("3");
        assertThat(cell(dashboard, "observations-all", 2)).isEqualTo("420");

        // the town figure opens the list of exactly those rounds, whose totals line says the same
        String townList = dashboard.getElementById("observations-TOWN").selectFirst("a").attr("href");
        assertThat(townList).isEqualTo("/contests?level=TOWN&from=2019-01-01&to=2019-12-31");
        Document town = page(townList, ContestTest.ADMIN);
        assertThat(town.getElementById("contest-count").text()).isEqualTo("共 2 轮，3 站，观摩 120 人次");
        assertThat(town.select("#contest-list > li a").eachText()).containsExactlyInAnyOrder(tag + "A", tag + "B");
        Document all = page(dashboard.getElementById("observation-rounds-all").attr("href"), ContestTest.ADMIN);
        assertThat(all.getElementById("contest-count").text()).isEqualTo("共 3 轮，5 站，观摩 420 人次");
        assertThat(all.select("#contest-list > li a").eachText())
                .containsExactlyInAnyOrder(tag + "A", tag + "B", tag + "C");

        // the export of the same list: three rounds, their stops and attendance adding up alike
        MvcResult export = mvc.perform(get("/contests/export?from=2019-01-01&to=2019-12-31")
                .with(ContestTest.ADMIN)).andReturn();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.getResponse()
                .getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            double stops = 0;
            double attendance = 0;
            for (int r = 1; r <= 3; r++) {
                stops += sheet.getRow(r).getCell(8).getNumericCellValue();
                attendance += sheet.getRow(r).getCell(9) == null ? 0
                        : sheet.getRow(r).getCell(9).getNumericCellValue();
            }
            assertThat(stops).isEqualTo(5);
            assertThat(attendance).isEqualTo(420);
        }

        // the industry sub-team's leader: only its own round of the year
        Document own = page("/dashboard?period=YEAR&year=2019", ContestTest.SUB_TEAM);
        assertThat(cell(own, "observations-TOWN", 0)).isEqualTo("1");
        assertThat(cell(own, "observations-TOWN", 1)).isEqualTo("2");
        assertThat(cell(own, "observations-COUNTY", 0)).isEqualTo("0");
        assertThat(page(own.getElementById("observation-rounds-all").attr("href"), ContestTest.SUB_TEAM)
                .select("#contest-list > li a").eachText()).containsExactly(tag + "A");

        // a month of it: March holds round A only
        Document march = page("/dashboard?period=MONTH&month=2019-03", ContestTest.ADMIN);
        assertThat(cell(march, "observations-all", 0)).isEqualTo("1");
        assertThat(cell(march, "observations-all", 1)).isEqualTo("2");
    }

    @Test
    void theCasesPublishedInThePeriodAreTheCasesTheLinkFinds() throws Exception {
        long before = published2018();
        String title = unique("发布案例");
        long village = jdbc.queryForObject("select id from assisted_object where name = '青山村'", Long.class);
        send(post("/cases/new"), ContestTest.SUB_TEAM, "title", title, "objectId", String.valueOf(village),
                "theme", "产业振兴", "year", "2018", "problem", "问题", "actions", "做法", "results", "成效");
        long id = jdbc.queryForObject("select id from case_study where title = ?", Long.class, title);
        send(post("/cases/" + id + "/submit"), ContestTest.SUB_TEAM, "version", caseVersion(id));
        clock.set(Instant.parse("2018-06-30T17:00:00Z")); // 2018-07-01 01:00 in the deployment's zone
        assertThat(send(post("/cases/" + id + "/publish"), ContestTest.ADMIN, "version", caseVersion(id))
                .getFlashMap().get("success")).isEqualTo("flash.case.published");
        clock.reset();

        assertThat(published2018()).isEqualTo(before + 1);
        Document july = page("/dashboard?period=MONTH&month=2018-07", ContestTest.ADMIN);
        String link = july.getElementById("cases-published").attr("href");
        assertThat(link).isEqualTo("/cases?status=PUBLISHED&from=2018-07-01&to=2018-07-31");
        Document list = page(link, ContestTest.MEMBER);
        assertThat(list.select("#case-list > li a").eachText()).contains(title);
        long shown = Long.parseLong(july.getElementById("cases-published").text().replaceAll("\\D", ""));
        assertThat(list.getElementById("case-count").text()).isEqualTo("共 " + shown + " 个案例");
        // June (in the deployment's zone the case was published on 1 July) does not hold it
        Document june = page("/cases?status=PUBLISHED&from=2018-06-01&to=2018-06-30", ContestTest.MEMBER);
        assertThat(june.select("#case-list > li a").eachText()).doesNotContain(title);
    }

    long published2018() {
        return jdbc.queryForObject("""
                select count(*) from case_study where status = 'PUBLISHED'
                  and published_at >= timestamptz '2018-07-01 00:00+08' and published_at < timestamptz '2018-08-01 00:00+08'""",
                Long.class);
    }

    String caseVersion(long id) {
        return jdbc.queryForObject("select version::text from case_study where id = ?", String.class, id);
    }
}
