package cn.helituan.app.crossteam;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Jobs;
import cn.helituan.app.support.Pages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Cross-town teams and their members imported as the other lists are (issue 23): a workbook of the two sheets
 * (跨镇服务队, 跨镇服务队队员) checked without writing, confirmed all or nothing, the same file again changing nothing, a
 * corrected file updating the team in place with history; the list's two exports, as the org admin downloads them,
 * import back unchanged (their headers are the import's); every row that breaks the form's rules — a leader not
 * stationed, three decimals, a negative budget, a member twice, an unknown town — has the form's Chinese message on
 * its cell and nothing is written; nobody but the org admin imports them.
 */
class CrossTeamImportTest extends FullStackTest {

    private static final RequestPostProcessor ADMIN = CrossTeamTest.ADMIN;
    private static final List<String> TEAM_HEADER = List.of("服务队名称", "年度", "专业领域", "所属合力团", "队长",
            "队长手机号码", "副队长", "副队长手机号码", "年度经费（元）", "服务乡镇", "每月服务天数（下限）", "每月服务天数（上限）");
    private static final List<String> MEMBER_HEADER = List.of("服务队名称", "年度", "队员", "手机号码");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;
    @Autowired
    java.time.Clock clock;

    @Test
    void aWorkbookOfTeamsAndMembersIsCheckedThenImportedAndTheSameFileAgainChangesNothing() throws Exception {
        String name = unique("导入就业跨镇服务队");
        String year = String.valueOf(LocalDate.now(clock).getYear());
        String town = town();
        String member = mobileIn(Demo.ECOMMERCE_GROUP);
        List<Object> team = teamRow(name, year, mobileOf("secretary"), mobileIn(Demo.MEDICAL_GROUP), "2万元", town);
        byte[] file = workbook(List.of(team), List.of(List.of(name, year, "", member)));
        long before = count("cross_team");

        long checked = upload(file, "", ADMIN);
        assertThat(problems(checked)).isEmpty();
        assertThat(tally(checked, "CROSS_TEAMS")).containsExactly(1, 0, 0, 0);
        assertThat(tally(checked, "CROSS_TEAM_MEMBERS")).containsExactly(1, 0, 0, 0);
        assertThat(count("cross_team")).as("the check writes nothing").isEqualTo(before);

        confirm(checked);
        Map<String, Object> made = jdbc.queryForMap("""
                select t.id, t.field, t.allocation, t.days_min, t.days_max, l.mobile as leader, u.name as unit
                from cross_team t join member l on l.id = t.leader_id join unit u on u.id = t.unit_id
                where t.name = ?""", name);
        assertThat(made).containsEntry("field", "EMPLOYMENT").containsEntry("allocation", new BigDecimal("20000.00"))
                .containsEntry("days_min", 3).containsEntry("days_max", 5).containsEntry("leader", mobileOf("secretary"))
                .containsEntry("unit", Demo.TEAM);
        long id = (Long) made.get("id");
        assertThat(jdbc.queryForList("""
                select m.mobile from cross_team_member c join member m on m.id = c.member_id
                where c.team_id = ? and not c.removed""", String.class, id)).as("leader, deputy and the member")
                .containsExactlyInAnyOrder(mobileOf("secretary"), mobileIn(Demo.MEDICAL_GROUP), member);
        assertThat(page("/cross-teams/" + id)).contains(name, town, "20,000.00");

        long again = upload(file, "", ADMIN);
        assertThat(tally(again, "CROSS_TEAMS")).as("the same file again").containsExactly(0, 0, 1, 0);
        assertThat(tally(again, "CROSS_TEAM_MEMBERS")).containsExactly(0, 0, 1, 0);
        long history = history(id);
        confirm(again);
        assertThat(history(id)).as("nothing rewritten").isEqualTo(history);

        // a corrected budget and no town: the team updated in place, the town leaves (kept, marked removed)
        team.set(8, "25000.50");
        team.set(9, "");
        long corrected = upload(workbook(List.of(team), List.of()), "CROSS_TEAMS", ADMIN);
        assertThat(problems(corrected)).isEmpty();
        assertThat(tally(corrected, "CROSS_TEAMS")).containsExactly(0, 1, 0, 0);
        confirm(corrected);
        assertThat(jdbc.queryForObject("select allocation from cross_team where id = ?", BigDecimal.class, id))
                .isEqualByComparingTo("25000.50");
        assertThat(jdbc.queryForObject("select count(*) from cross_team_town where team_id = ? and not removed",
                Long.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from cross_team_town where team_id = ?", Long.class, id))
                .as("nothing deleted").isEqualTo(1);
        assertThat(history(id)).as("the correction is in the team's history").isGreaterThan(history);
    }

    @Test
    void theListsExportsAreTheImportsColumnsAndImportBackUnchanged() throws Exception {
        String name = unique("导出跨镇服务队");
        String year = String.valueOf(LocalDate.now(clock).getYear());
        long id = createByForm(name, year);
        byte[] teams = download("/cross-teams/export");
        byte[] members = download("/cross-teams/members/export");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(teams))) {
            assertThat(header(book.getSheetAt(0))).isEqualTo(TEAM_HEADER);
            assertThat(book.getSheetName(0)).isEqualTo("跨镇服务队");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(members))) {
            assertThat(header(book.getSheetAt(0))).isEqualTo(MEMBER_HEADER);
            assertThat(book.getSheetName(0)).isEqualTo("跨镇服务队队员");
            List<String> rows = new ArrayList<>();
            for (Row row : book.getSheetAt(0)) {
                rows.add(row.getCell(0).getStringCellValue() + "|" + row.getCell(3).getStringCellValue());
            }
            assertThat(rows).contains(name + "|" + mobileOf("secretary"), name + "|" + mobileIn(Demo.MEDICAL_GROUP));
        }
        // a sub-team leader whose person leads the team exports it too, with the mobiles starred
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download("/cross-teams/members/export",
                CrossTeamTest.SUB_TEAM)))) {
            List<String> mobiles = new ArrayList<>();
            for (Row row : book.getSheetAt(0)) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(name)) {
                    mobiles.add(row.getCell(3).getStringCellValue());
                }
            }
            assertThat(mobiles).isNotEmpty().allMatch(m -> m.matches("1\\d{2}\\*{4}\\d{4}"));
        }
        long teamImport = upload(teams, "", ADMIN);
        assertThat(problems(teamImport)).isEmpty();
        List<Integer> tally = tally(teamImport, "CROSS_TEAMS");
        assertThat(tally.subList(0, 2)).as("nothing created or updated").containsExactly(0, 0);
        assertThat(tally.get(2)).isPositive();
        long memberImport = upload(members, "", ADMIN);
        assertThat(problems(memberImport)).isEmpty();
        tally = tally(memberImport, "CROSS_TEAM_MEMBERS");
        assertThat(tally.subList(0, 2)).containsExactly(0, 0);
        assertThat(tally.get(2)).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from cross_team where name = ?", Long.class, name))
                .isEqualTo(1);
        assertThat(id).isPositive();
    }

    @Test
    void everyRowThatBreaksTheFormsRulesHasItsMessageOnItsCellAndNothingIsWritten() throws Exception {
        String year = String.valueOf(LocalDate.now(clock).getYear());
        String existing = unique("已有跨镇服务队");
        createByForm(existing, year);
        String leader = mobileOf("secretary");
        String notStationed = mobileIn(Demo.ECOMMERCE_GROUP);
        String member = mobileIn(Demo.TEA_GROUP);
        byte[] file = workbook(List.of(
                        teamRow(unique("好服务队"), year, leader, "", "20000", ""),
                        teamRow(unique("未驻村队长"), year, notStationed, "", "20000", ""),
                        teamRow(unique("三位小数"), year, leader, "", "100.005", ""),
                        teamRow(unique("负数经费"), year, leader, "", "-5", ""),
                        teamRow(unique("无此乡镇"), year, leader, "", "20000", unique("无此镇")),
                        teamRow(unique("年度不对"), "1999", leader, "", "20000", "")),
                List.of(List.of(existing, year, "", member), List.of(existing, year, "", member)));
        Map<String, Long> before = counts();
        long checked = upload(file, "", ADMIN);
        assertThat(problems(checked)).containsExactly(
                "跨镇服务队!3:leaderMobile:crossteam.leader.notStationed",
                "跨镇服务队!4:allocation:crossteam.amount.decimals",
                "跨镇服务队!5:allocation:crossteam.amount.positive",
                "跨镇服务队!6:towns:import.crossteam.townUnknown",
                "跨镇服务队!7:year:import.crossteam.year",
                "跨镇服务队队员!3:mobile:crossteam.member.twice");
        assertThat(tally(checked, "CROSS_TEAMS")).containsExactly(1, 0, 0, 5);
        assertThat(tally(checked, "CROSS_TEAM_MEMBERS")).containsExactly(1, 0, 0, 1);
        // the preview says why in Chinese, as the form does
        assertThat(page("/imports/" + checked)).contains("目前不是在岗的驻村第一书记", "金额最多两位小数", "金额须大于零",
                "已是该服务队队员", "找不到乡镇", "不在 2000 至 2100 之间");

        long version = jdbc.queryForObject("select version from import_record where id = ?", Long.class, checked);
        mvc.perform(post("/imports/" + checked + "/confirm").with(ADMIN).with(csrf())
                .param("version", String.valueOf(version))).andReturn();
        Jobs.awaitImport(jdbc, checked);
        assertThat(counts()).as("a file with problems is never imported, not even its good rows").isEqualTo(before);
    }

    @Test
    void nobodyButTheOrgAdminImportsTeams() throws Exception {
        String year = String.valueOf(LocalDate.now(clock).getYear());
        byte[] file = workbook(List.of(teamRow(unique("越权服务队"), year, mobileOf("secretary"), "", "1", "")),
                List.of());
        for (RequestPostProcessor who : List.of(CrossTeamTest.SUB_TEAM, CrossTeamTest.GROUP_LEADER,
                CrossTeamTest.LEADER)) {
            for (String kind : List.of("", "CROSS_TEAMS", "CROSS_TEAM_MEMBERS")) {
                MvcResult result = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "t.xlsx",
                        null, file)).param("kind", kind).with(who).with(csrf())).andReturn();
                assertThat(result.getResponse().getStatus()).as(kind).isEqualTo(403);
            }
        }
        // the list offers the import to the org admin only
        assertThat(page("/cross-teams")).contains("id=\"import-cross-teams\"");
        assertThat(mvc.perform(get("/cross-teams").with(CrossTeamTest.LEADER)).andReturn().getResponse()
                .getContentAsString()).doesNotContain("import-cross-teams");
    }

    // --- helpers

    private List<Object> teamRow(String name, String year, String leader, String deputy, String allocation,
                                 String towns) {
        return new ArrayList<>(List.of(name, year, "就业", Demo.TEAM, "", leader, "", deputy, allocation, towns, "",
                ""));
    }

    /** A town of the demo with a name no other live town has. */
    private String town() {
        return jdbc.queryForObject("""
                select min(name) from region r where level = 'TOWN' and not archived
                and (select count(*) from region o where o.level = 'TOWN' and not o.archived and o.name = r.name) = 1""",
                String.class);
    }

    private long createByForm(String name, String year) throws Exception {
        MvcResult made = mvc.perform(post("/cross-teams/new").with(ADMIN).with(csrf())
                .param("unitId", String.valueOf(demo.unitId(Demo.TEAM))).param("name", name).param("field", "MEDICAL")
                .param("year", year).param("leaderMobile", mobileOf("secretary"))
                .param("deputyMobile", mobileIn(Demo.MEDICAL_GROUP)).param("allocation", "20000")
                .param("daysMin", "3").param("daysMax", "5")).andReturn();
        assertThat(made.getResponse().getRedirectedUrl()).startsWith("/cross-teams/");
        return jdbc.queryForObject("select id from cross_team where name = ?", Long.class, name);
    }

    private byte[] workbook(List<List<Object>> teams, List<List<Object>> members) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(book.createSheet("跨镇服务队"), TEAM_HEADER, teams);
            if (!members.isEmpty()) {
                fill(book.createSheet("跨镇服务队队员"), MEMBER_HEADER, members);
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(Sheet sheet, List<String> header, List<List<Object>> rows) {
        Row head = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            head.createCell(c).setCellValue(header.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.createCell(c).setCellValue(String.valueOf(rows.get(r).get(c)));
            }
        }
    }

    private static List<String> header(Sheet sheet) {
        List<String> cells = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }

    private byte[] download(String url) throws Exception {
        return download(url, ADMIN);
    }

    private byte[] download(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsByteArray();
    }

    private long upload(byte[] content, String kind, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "跨镇服务队.xlsx", null,
                content)).param("kind", kind).with(who).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).as("upload").isEqualTo(302);
        Jobs.awaitImport(jdbc, Pages.redirectId(result));
        return Pages.redirectId(result);
    }

    private void confirm(long id) throws Exception {
        long version = jdbc.queryForObject("select version from import_record where id = ?", Long.class, id);
        MvcResult result = mvc.perform(post("/imports/" + id + "/confirm").with(ADMIN).with(csrf())
                .param("version", String.valueOf(version))).andReturn();
        Jobs.awaitImport(jdbc, id);
        assertThat(jdbc.queryForObject("select status from import_record where id = ?", String.class, id))
                .as("confirmed (%s)", result.getFlashMap()).isEqualTo("IMPORTED");
    }

    private List<String> problems(long id) {
        return jdbc.queryForList("""
                select p.sheet || '!' || p.row_number || ':' || coalesce(p.column_key, '-') || ':' || p.message_key
                from import_problem p join import_record r on r.id = p.record_id and r.pass = p.pass
                where r.id = ? order by p.id""", String.class, id);
    }

    private List<Integer> tally(long id, String kind) {
        return jdbc.queryForObject("""
                select t.created, t.updated, t.unchanged, t.problems from import_tally t join import_record r
                  on r.id = t.record_id and r.pass = t.pass where r.id = ? and t.kind = ?""",
                (rs, i) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)), id, kind);
    }

    private String page(String url) throws Exception {
        MvcResult result = mvc.perform(get(url).with(ADMIN)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private long history(long teamId) {
        return jdbc.queryForObject("""
                select count(*) from record_history h where (h.entity_type = 'CrossTeam' and h.entity_id = ?)
                or (h.entity_type = 'CrossTeamTown' and h.entity_id in (select id from cross_team_town where team_id = ?))""",
                Long.class, teamId, teamId);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private Map<String, Long> counts() {
        return Map.of("team", count("cross_team"), "member", count("cross_team_member"),
                "town", count("cross_team_town"));
    }

    private String mobileOf(String username) {
        return jdbc.queryForObject("""
                select m.mobile from member m join account a on a.member_id = m.id where a.username = ?""",
                String.class, username);
    }

    private String mobileIn(String unit) {
        return jdbc.queryForObject("select mobile from member where id = ?", String.class, demo.memberIn(unit));
    }
}
