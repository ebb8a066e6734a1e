package cn.helituan.app.crossteam;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.domain.assisted.RegionLevel;
import cn.helituan.domain.assisted.RegionService;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.crossteam.CrossTeamActivityDetails;
import cn.helituan.domain.crossteam.CrossTeamWork;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Cross-town service teams through the pages: the org admin sets up a team led by 青山村's first secretary (the demo's
 * stationed cadre), with a deputy from another group; the leader adds members and towns and records spending; every
 * bad input is refused with its message and nothing written; beyond the balance only the org admin's override writes;
 * the list's figures agree with the team's page; outsiders read nothing, a sub-team leader whose person is a member
 * reads it without managing it.
 */
class CrossTeamTest extends FullStackTest {

    static final RequestPostProcessor ADMIN = user("admin").roles("ORG_ADMIN");
    static final RequestPostProcessor LEADER = user("secretary").roles("FIRST_SECRETARY");
    static final RequestPostProcessor SUB_TEAM = user("subteam").roles("SUB_TEAM_LEADER");
    static final RequestPostProcessor GROUP_LEADER = user("leader").roles("GROUP_LEADER");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;
    @Autowired
    java.time.Clock clock;
    @Autowired
    RegionService regions;
    @Autowired
    CrossTeamWork work;

    MvcResult send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String... params)
            throws Exception {
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request.with(who).with(csrf())).andReturn();
    }

    String page(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    String mobileOf(String username) {
        return jdbc.queryForObject("""
                select m.mobile from member m join account a on a.member_id = m.id where a.username = ?""",
                String.class, username);
    }

    String mobileIn(String unit) {
        return jdbc.queryForObject("select mobile from member where id = ?", String.class, demo.memberIn(unit));
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    Map<String, Long> counts() {
        return Map.of("team", count("cross_team"), "member", count("cross_team_member"),
                "town", count("cross_team_town"), "spending", count("cross_team_spending"));
    }

    long create(String name) throws Exception {
        int year = LocalDate.now(clock).getYear();
        MvcResult made = send(post("/cross-teams/new"), ADMIN, "unitId", String.valueOf(demo.unitId(Demo.TEAM)), "name", name, "field", "MEDICAL",
                "year", String.valueOf(year), "leaderMobile", mobileOf("secretary"),
                "deputyMobile", mobileIn(Demo.MEDICAL_GROUP), "allocation", "20000", "daysMin", "3",
                "daysMax", "5");
        assertThat(made.getResponse().getRedirectedUrl()).as(made.getResponse().getContentAsString())
                .startsWith("/cross-teams/");
        return jdbc.queryForObject("select id from cross_team where name = ?", Long.class, name);
    }

    @Test
    void theOrgAdminSetsUpATeamAndItsLeaderRunsItsMembersTownsAndBudget() throws Exception {
        String name = unique("健康服务跨镇服务队");
        long id = create(name);
        String team = "/cross-teams/" + id;
        // leader and deputy joined it; the deputy keeps their home group, shown beside them
        String shown = page(team, LEADER);
        assertThat(shown).contains(name, "队长", "副队长", Demo.MEDICAL_GROUP, "20,000.00");

        // the leader adds a member from another sub-team; twice is refused with the name, nothing written
        String mobile = mobileIn(Demo.ECOMMERCE_GROUP);
        assertThat(send(post(team + "/members"), LEADER, "mobile", mobile).getResponse().getRedirectedUrl())
                .isEqualTo(team + "#members");
        Map<String, Long> before = counts();
        MvcResult twice = send(post(team + "/members"), LEADER, "mobile", mobile);
        assertThat(twice.getFlashMap().get("failure")).isEqualTo("crossteam.member.twice");
        assertThat(counts()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from cross_team_member where team_id = ? and not removed",
                Long.class, id)).isEqualTo(3);

        // a town served
        long town = jdbc.queryForObject("select min(id) from region where level = 'TOWN'", Long.class);
        send(post(team + "/towns"), LEADER, "regionId", String.valueOf(town));
        assertThat(send(post(team + "/towns"), LEADER, "regionId", String.valueOf(town)).getFlashMap()
                .get("failure")).isEqualTo("crossteam.town.twice");

        // spending within the balance, with an invoice attached
        String today = LocalDate.now(clock).toString();
        MvcResult spent = mvc.perform(multipart(team + "/spending/new")
                .file(new MockMultipartFile("attachment", "发票.pdf", "application/pdf", new byte[] {37, 80, 68, 70}))
                .param("spentOn", today).param("purpose", "义诊药品").param("amount", "19500.50")
                .with(LEADER).with(csrf())).andReturn();
        assertThat(spent.getResponse().getRedirectedUrl()).isEqualTo(team + "#budget");
        long entry = jdbc.queryForObject("select id from cross_team_spending where team_id = ?", Long.class, id);
        MvcResult file = mvc.perform(get(team + "/spending/" + entry + "/attachment").with(ADMIN)).andReturn();
        assertThat(file.getResponse().getContentAsByteArray()).containsExactly(37, 80, 68, 70);

        // bad amounts and an overrun: the message on the field, nothing written
        before = counts();
        for (String[] bad : new String[][] {{"10.005", "金额最多两位小数"}, {"-5", "金额须大于零"},
                {"500.00", "超出经费余额（当前余额 ¥499.50）"}, {"abc", "金额格式不正确"}}) {
            MvcResult refused = send(post(team + "/spending/new"), LEADER, "spentOn", today, "purpose", "交通",
                    "amount", bad[0]);
            assertThat(refused.getResponse().getContentAsString()).as(bad[0]).contains(bad[1]);
        }
        // the leader cannot override; the org admin must give a reason, then the overrun is written and shown
        assertThat(send(post(team + "/spending/new"), LEADER, "spentOn", today, "purpose", "交通", "amount",
                "500.00", "override", "true", "overrideReason", "自批").getResponse().getContentAsString())
                .contains("只有组织部管理员可以批准超出余额的支出");
        assertThat(send(post(team + "/spending/new"), ADMIN, "spentOn", today, "purpose", "交通", "amount",
                "500.00", "override", "true").getResponse().getContentAsString()).contains("批准超支须填写原因");
        assertThat(counts()).isEqualTo(before);
        assertThat(send(post(team + "/spending/new"), ADMIN, "spentOn", today, "purpose", "交通", "amount",
                "500.00", "override", "true", "overrideReason", "县委组织部追加").getResponse().getRedirectedUrl())
                .isEqualTo(team + "#budget");
        assertThat(jdbc.queryForObject("select override_by from cross_team_spending where team_id = ? and amount = 500",
                String.class, id)).isEqualTo("admin");
        String after = page(team, ADMIN);
        assertThat(after).contains("-0.50", "超支（admin 批准）");

        // the list shows the team's figures as its page does
        String list = page("/cross-teams", ADMIN);
        assertThat(list).contains(name, "20,000.50", "-0.50");
        String row = list.substring(list.indexOf("data-team=\"" + id + "\""));
        assertThat(row.substring(row.indexOf("team-members"), row.indexOf("team-members") + 20)).contains(">3<");
        long teams = jdbc.queryForObject("select count(*) from cross_team where not archived", Long.class);
        assertThat(Jsoup.parse(list).getElementById("cross-team-count").text())
                .as("the total the page's rows carry").contains(" " + teams + " ");
        assertThat(Jsoup.parse(page("/cross-teams?page=999", ADMIN)).getElementById("cross-team-count").text())
                .as("past the last page: counted on its own").contains(" " + teams + " ");

        // the ledger's export
        MvcResult xlsx = mvc.perform(get(team + "/ledger/export").with(ADMIN)).andReturn();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse()
                .getContentAsByteArray()))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("义诊药品");
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(2);
        }

        // the history names the changes on the team's page
        assertThat(after).contains("id=\"history\"", "义诊药品");
    }

    @Test
    void aLeaderWhoIsNotStationedIsRefusedAndNothingWritten() throws Exception {
        Map<String, Long> before = counts();
        MvcResult refused = send(post("/cross-teams/new"), ADMIN, "unitId", String.valueOf(demo.unitId(Demo.TEAM)),
                "name", unique("电商带货队"), "field", "ECOMMERCE",
                "year", String.valueOf(LocalDate.now(clock).getYear()), "leaderMobile", mobileIn(Demo.ECOMMERCE_GROUP),
                "allocation", "20000", "daysMin", "3", "daysMax", "5");
        assertThat(refused.getResponse().getContentAsString()).contains("目前不是在岗的驻村第一书记");
        assertThat(counts()).isEqualTo(before);
        // a leader may not create one
        assertThat(send(post("/cross-teams/new"), LEADER, "name", "x", "field", "ECOMMERCE", "year", "2026",
                "leaderMobile", mobileOf("secretary"), "allocation", "1", "daysMin", "3", "daysMax", "5")
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void theTeamsPageShowsTheLatestEntriesAndTheLedgersPagesAllOfThemWhereAnEntryIsCancelled() throws Exception {
        long id = create(unique("消费帮扶跨镇服务队"));
        String team = "/cross-teams/" + id;
        String today = LocalDate.now(clock).toString();
        for (int i = 1; i <= 22; i++) {
            assertThat(send(post(team + "/spending/new"), LEADER, "spentOn", today, "purpose",
                    String.format("采购%02d", i), "amount", "10.00").getResponse().getRedirectedUrl())
                    .isEqualTo(team + "#budget");
        }
        // the team's page: the totals of all 22, the latest five (the newest first), a link to the whole ledger
        org.jsoup.nodes.Document shown = Jsoup.parse(page(team, LEADER));
        assertThat(shown.select("#ledger tbody tr td:nth-child(2) > span:first-child").eachText())
                .containsExactly("采购22", "采购21", "采购20", "采购19", "采购18");
        assertThat(shown.getElementById("budget-spent").text()).isEqualTo("220.00");
        assertThat(shown.getElementById("budget-balance").text()).isEqualTo("19,780.00");
        assertThat(shown.getElementById("all-spending").attr("href")).isEqualTo(team + "/ledger");
        assertThat(shown.getElementById("all-spending").text()).contains("22");
        assertThat(shown.select("#ledger input[name=reason]")).as("cancelled on the ledger's pages").isEmpty();

        // the ledger: 20 a page, the newest first, the same totals; its manager cancels an entry of the second page
        org.jsoup.nodes.Document first = Jsoup.parse(page(team + "/ledger", LEADER));
        assertThat(first.select("#ledger tbody tr")).hasSize(20);
        assertThat(first.select("#ledger tbody tr").first().text()).contains("采购22");
        assertThat(first.select("#ledger tbody tr").last().text()).contains("采购03");
        assertThat(first.select("#ledger input[name=reason]")).hasSize(20);
        assertThat(first.getElementById("budget-spent").text()).isEqualTo("220.00");
        org.jsoup.nodes.Document second = Jsoup.parse(page(team + "/ledger?page=2", LEADER));
        assertThat(second.select("#ledger tbody tr td:nth-child(2) > span:first-child").eachText())
                .containsExactly("采购02", "采购01");
        long entry = jdbc.queryForObject("select id from cross_team_spending where team_id = ? and purpose = '采购02'",
                Long.class, id);
        long version = jdbc.queryForObject("select version from cross_team_spending where id = ?", Long.class, entry);
        assertThat(send(post(team + "/spending/" + entry + "/cancel?page=2"), LEADER, "version",
                String.valueOf(version), "reason", "重复登记").getResponse().getRedirectedUrl())
                .isEqualTo(team + "/ledger?page=2#spending-" + entry);
        // a second cancel of the same entry with the old version: refused, nothing changed
        assertThat(send(post(team + "/spending/" + entry + "/cancel?page=2"), LEADER, "version",
                String.valueOf(version), "reason", "又一次").getFlashMap().get("failure")).isNotNull();
        assertThat(jdbc.queryForObject("select cancelled_reason from cross_team_spending where id = ?", String.class,
                entry)).isEqualTo("重复登记");

        // the cancelled entry is struck out with its reason and its history, and counts nowhere any more
        org.jsoup.nodes.Document after = Jsoup.parse(page(team + "/ledger?page=2", LEADER));
        assertThat(after.getElementById("spending-" + entry).hasClass("text-decoration-line-through")).isTrue();
        assertThat(after.getElementById("spending-" + entry).text()).contains("已作废：重复登记");
        assertThat(after.getElementById("spending-" + entry).select("input[name=reason]")).isEmpty();
        assertThat(after.getElementById("history").text()).contains("采购02");
        assertThat(after.getElementById("budget-spent").text()).isEqualTo("210.00");
        assertThat(Jsoup.parse(page(team, LEADER)).getElementById("budget-spent").text()).isEqualTo("210.00");
        assertThat(Jsoup.parse(page("/cross-teams", ADMIN)).select("[data-team=" + id + "]").text())
                .contains("210.00", "19,790.00");
        // a page past the last: no entry, the same number and totals
        org.jsoup.nodes.Document past = Jsoup.parse(page(team + "/ledger?page=5", LEADER));
        assertThat(past.select("#ledger tbody tr")).isEmpty();
        assertThat(past.selectFirst("h1").text()).contains("22");
        assertThat(past.getElementById("budget-spent").text()).isEqualTo("210.00");
        assertThat(past.getElementById("budget-balance").text()).isEqualTo("19,790.00");
    }

    @Test
    void theTeamsPageShowsItsLatestActivitiesAndTheirPagesAllOfThemAsTheListCountsThem() throws Exception {
        long id = create(unique("党建指导跨镇服务队"));
        String team = "/cross-teams/" + id;
        long village = jdbc.queryForObject("select id from assisted_object where name = '青山村'", Long.class);
        long secretary = jdbc.queryForObject("select member_id from account where username = 'secretary'", Long.class);
        assertThat(send(post(team + "/towns"), LEADER, "regionId", String.valueOf(jdbc.queryForObject(
                "select r.parent_id from assisted_object o join region r on r.id = o.region_id where o.id = ?",
                Long.class, village))).getFlashMap().get("failure")).isNull();
        long type = jdbc.queryForObject("select id from activity_type where code = 'RESEARCH_VISIT'", Long.class);
        Scope leader = new Scope(null, "secretary", cn.helituan.domain.common.Role.FIRST_SECRETARY, null, null, village,
                secretary);
        for (int i = 1; i <= 22; i++) {
            work.log(leader, id, new CrossTeamActivityDetails(type, LocalDate.now(clock),
                    String.format("党建指导%02d", i), "青山村", null, java.util.List.of(village),
                    java.util.List.of(secretary), 0, Map.of(), false));
        }
        // the team's page: the latest ten and a link to all 22, the list's figure
        org.jsoup.nodes.Document shown = Jsoup.parse(page(team, LEADER));
        assertThat(shown.select("#team-activities > li > a").eachText()).hasSize(10).first().isEqualTo("党建指导22");
        assertThat(shown.getElementById("all-activities").attr("href")).isEqualTo(team + "/activities");
        assertThat(shown.getElementById("all-activities").text()).contains("22");
        org.jsoup.nodes.Element row = Jsoup.parse(page("/cross-teams", ADMIN)).selectFirst("[data-team=" + id + "]");
        assertThat(row.selectFirst(".team-activities").text()).isEqualTo("22");
        assertThat(row.selectFirst(".team-activities a").attr("href")).isEqualTo(team + "/activities");

        // the activities' pages: 20 and 2, latest first
        org.jsoup.nodes.Document first = Jsoup.parse(page(team + "/activities", LEADER));
        assertThat(first.select("h1").text()).contains("22");
        assertThat(first.select("#team-activities > li > a").eachText()).hasSize(20).first().isEqualTo("党建指导22");
        assertThat(Jsoup.parse(page(team + "/activities?page=2", LEADER)).select("#team-activities > li > a")
                .eachText()).containsExactly("党建指导02", "党建指导01");
    }

    @Test
    void readersOfAMembersHomeUnitReadTheTeamButNeverWriteIt() throws Exception {
        long id = create(unique("就业帮扶跨镇服务队"));
        String team = "/cross-teams/" + id;
        Map<String, Long> before = counts();
        // the tea group's leader reads it (its leader is a tea group member) but spends nothing from it: 403
        assertThat(page(team, GROUP_LEADER)).doesNotContain("id=\"new-spending\"");
        assertThat(page(team + "/ledger", GROUP_LEADER)).doesNotContain("id=\"new-spending\"", "name=\"reason\"");
        assertThat(send(post(team + "/spending/new"), GROUP_LEADER, "spentOn", LocalDate.now(clock).toString(),
                "purpose", "交通", "amount", "10").getResponse().getStatus()).isEqualTo(403);
        // the industry sub-team's leader: the leader (a tea group member) is theirs — read, never write
        assertThat(page(team, SUB_TEAM)).doesNotContain("id=\"member-form\"", "id=\"new-spending\"");
        assertThat(page("/cross-teams", SUB_TEAM)).contains("data-team=\"" + id + "\"");
        assertThat(send(post(team + "/spending/new"), SUB_TEAM, "spentOn", LocalDate.now(clock).toString(),
                "purpose", "交通", "amount", "10").getResponse().getStatus()).isEqualTo(403);
        assertThat(send(post(team + "/members"), SUB_TEAM, "mobile", mobileIn(Demo.TEA_GROUP))
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void theTownPickerFindsTownsByTheirOrTheirCountysNameLeavesOutThoseServedAndAnswersOnlyManagers()
            throws Exception {
        long id = create(unique("旅游推介跨镇服务队"));
        String team = "/cross-teams/" + id;
        String county = unique("探针县");
        long other = regions.create(Scope.system(), null, RegionLevel.COUNTY, county, unique("R")).getId();
        regions.create(Scope.system(), other, RegionLevel.TOWN, "城关镇", unique("R"));
        long qingshan = jdbc.queryForObject("select id from region where code = 'DEMO-R01'", Long.class);

        // a town's name repeats across counties: each is named with its county
        assertThat(choices(team, "城关", LEADER)).contains("城关镇（示范县）", "城关镇（" + county + "）");
        assertThat(choices(team, county, LEADER)).containsExactly("城关镇（" + county + "）");
        assertThat(choices(team, "%", LEADER)).isEmpty();
        // a town served is not offered again; the add-town page offers the other towns of the counties served
        assertThat(send(post(team + "/towns"), LEADER, "regionId", String.valueOf(qingshan)).getResponse()
                .getRedirectedUrl()).isEqualTo(team + "#towns");
        assertThat(choices(team, "青山", LEADER)).isEmpty();
        // a town served twice: back on the add-town page, saying so
        MvcResult twice = send(post(team + "/towns"), LEADER, "regionId", String.valueOf(qingshan));
        assertThat(twice.getResponse().getRedirectedUrl()).isEqualTo(team + "/towns/new");
        assertThat(twice.getFlashMap().get("failure")).isEqualTo("crossteam.town.twice");
        assertThat(Jsoup.parse(page(team, LEADER)).select("#add-town").attr("href")).isEqualTo(team + "/towns/new");
        assertThat(Jsoup.parse(page(team + "/towns/new", LEADER)).select("#regionId option").eachText())
                .contains("城关镇（示范县）").doesNotContain("青山镇（示范县）", "城关镇（" + county + "）");
        // readers who do not manage the team are refused, and shown no way to it
        for (RequestPostProcessor reader : java.util.List.of(SUB_TEAM, GROUP_LEADER)) {
            assertThat(mvc.perform(get(team + "/town-choices").param("q", "城关").with(reader)).andReturn()
                    .getResponse().getStatus()).isEqualTo(403);
            assertThat(mvc.perform(get(team + "/towns/new").with(reader)).andReturn().getResponse().getStatus())
                    .isEqualTo(403);
            assertThat(page(team, reader)).doesNotContain("id=\"add-town\"");
        }
    }

    java.util.List<String> choices(String team, String text, RequestPostProcessor who) throws Exception {
        MvcResult found = mvc.perform(get(team + "/town-choices").param("q", text).with(who)).andReturn();
        assertThat(found.getResponse().getStatus()).isEqualTo(200);
        return com.jayway.jsonpath.JsonPath.read(found.getResponse().getContentAsString(), "$[*].text");
    }
}
