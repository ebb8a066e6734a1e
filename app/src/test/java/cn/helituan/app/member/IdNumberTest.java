package cn.helituan.app.member;

import static cn.helituan.app.support.Pages.admin;
import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Jobs;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.common.IdNumbers;
import cn.helituan.domain.team.UnitKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A member's ID number (身份证号, issue 21) as the roster keeps it without a field key: optional on the form, checked as
 * GB 11643 writes it, unique among live members; whole on the record for those in scope, each view in the security
 * log; starred in the list, the unit page and the export for all but the org admin, as the mobile is; starred in the
 * history; a column of the roster import checked on its cell. (With a key: {@link FieldEncryptionTest}.)
 */
class IdNumberTest extends FullStackTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;

    Pages pages;
    long workUnit;
    long subTeam;
    long group;
    String groupPath;
    RequestPostProcessor subTeamLeader;

    @BeforeEach
    void setUp() throws Exception {
        pages = new Pages(mvc);
        workUnit = demo.workUnitId("县人民医院");
        String subTeamName = unique("身份证测试分团");
        subTeam = pages.createUnit(demo.unitId(Demo.TEAM), UnitKind.SUB_TEAM, subTeamName);
        String groupName = unique("身份证测试小组");
        group = pages.createUnit(subTeam, UnitKind.GROUP, groupName);
        groupPath = Demo.TEAM + "/" + subTeamName + "/" + groupName;
        subTeamLeader = Pages.account(jdbc, "SUB_TEAM_LEADER", subTeam, null);
    }

    /** A valid resident ID number unlike any other of this run (a random birth date and sequence). */
    static String idNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(14_600));
        String first17 = "110101" + born.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", random.nextInt(1000));
        return first17 + IdNumbers.checkCharacter(first17);
    }

    /** One whose check character is X, typed in lower case. */
    static String idNumberWithX() {
        String number;
        do {
            number = idNumber();
        } while (number.charAt(17) != 'X');
        return number;
    }

    static String starred(String number) {
        return number.substring(0, 6) + "********" + number.substring(14);
    }

    private MockHttpServletRequestBuilder create(String name, String mobile, String idNumber) {
        return post("/members/new").with(admin()).with(csrf())
                .param("name", name).param("gender", "FEMALE").param("workUnitId", Long.toString(workUnit))
                .param("mobile", mobile).param("idNumber", idNumber).param("type", "DOCTOR")
                .param("unitId", Long.toString(group)).param("position", "MEMBER").param("joinedOn", "2026-03-01");
    }

    private long created(String name, String idNumber) throws Exception {
        MvcResult result = mvc.perform(create(name, Pages.mobile(), idNumber)).andReturn();
        assertThat(result.getResponse().getStatus()).as("creating %s", name).isEqualTo(302);
        return Pages.redirectId(result);
    }

    private MockHttpServletRequestBuilder edit(long id, String idNumber) {
        return post("/members/{id}/edit", id).with(admin()).with(csrf())
                .param("name", jdbc.queryForObject("select name from member where id = ?", String.class, id))
                .param("gender", "FEMALE").param("workUnitId", Long.toString(workUnit))
                .param("mobile", jdbc.queryForObject("select mobile from member where id = ?", String.class, id))
                .param("idNumber", idNumber).param("type", "DOCTOR")
                .param("version", jdbc.queryForObject("select version from member where id = ?", String.class, id));
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long lastLog() {
        Long seq = jdbc.queryForObject("select max(seq) from audit_log", Long.class);
        return seq == null ? 0 : seq;
    }

    @Test
    void theRecordShowsTheWholeNumberAndLogsItListsAndExportsStarItForAllButTheOrgAdmin() throws Exception {
        String number = idNumber();
        String name = unique("身份证");
        long id = created(name, number);
        assertThat(jdbc.queryForObject("select id_number from member where id = ?", String.class, id))
                .as("no field key: stored as typed").isEqualTo(number);

        long before = lastLog();
        String record = html(get("/members/" + id).with(subTeamLeader));
        assertThat(Pages.after(record, "身份证号", 200)).contains(number);
        assertThat(jdbc.queryForList("select detail from audit_log where seq > ? and kind = 'PERSONAL_DATA_VIEWED'"
                + " and target = ?", String.class, before, "/members/" + id)).containsExactly("mobile,idNumber");

        String list = html(get("/members").param("q", name).with(subTeamLeader));
        assertThat(list).contains(starred(number)).doesNotContain(number);
        assertThat(html(get("/members").param("q", name).with(admin()))).contains(">" + number + "<");
        String unitPage = html(get("/units/" + group).with(subTeamLeader));
        assertThat(Pages.after(unitPage, "id=\"unit-members\"", 3000)).contains(starred(number))
                .doesNotContain(number);
        assertThat(html(get("/units/" + group).with(admin()))).contains(number);

        List<List<String>> leaders = sheet("/members/export?unit=" + group, subTeamLeader);
        int column = leaders.get(0).indexOf("身份证号");
        assertThat(column).as("the export's ID number column").isNotNegative();
        assertThat(leaders.subList(1, leaders.size())).extracting(r -> r.get(column))
                .containsExactly(starred(number));
        List<List<String>> admins = sheet("/members/export?unit=" + group, admin());
        assertThat(admins.subList(1, admins.size())).extracting(r -> r.get(column)).containsExactly(number);
        assertThat(html(get("/members").param("q", name).with(admin()).param("lang", "en"))).contains("ID number");
    }

    @Test
    void aWrongNumberIsRefusedOnItsFieldInChineseAndInEnglish() throws Exception {
        String number = idNumber();
        char wrong = number.charAt(17) == '0' ? '1' : '0';
        String badCheck = number.substring(0, 17) + wrong;
        String noSuchDay = "11010519490230" + "002";
        String future = LocalDate.now().plusYears(1).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        for (String bad : List.of(badCheck, noSuchDay + IdNumbers.checkCharacter(noSuchDay),
                "110101" + future + "002" + IdNumbers.checkCharacter("110101" + future + "002"), "1101011990")) {
            String mobile = Pages.mobile();
            MvcResult refused = mvc.perform(create(unique("错号"), mobile, bad))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("memberForm", "idNumber")).andReturn();
            assertThat(refused.getResponse().getContentAsString()).as(bad)
                    .contains("请填写有效的 18 位居民身份证号", "value=\"" + bad + "\"");
            assertThat(jdbc.queryForObject("select count(*) from member where mobile = ?", Long.class, mobile))
                    .isZero();
        }
        assertThat(mvc.perform(create(unique("错号"), Pages.mobile(), badCheck).param("lang", "en"))
                .andReturn().getResponse().getContentAsString())
                .contains("Please enter a valid 18-character resident ID number");
        // blank is no number
        long id = created(unique("无号"), "  ");
        assertThat(jdbc.queryForObject("select id_number is null and id_number_digest is null from member where id = ?",
                Boolean.class, id)).isTrue();
        assertThat(html(get("/members/" + id).with(admin()))).contains("id=\"id-number\">—<");
    }

    @Test
    void aNumberAnotherLiveMemberHasIsRefusedAndAnArchivedMembersIsFree() throws Exception {
        String number = idNumberWithX();
        long first = created(unique("先登记"), number);
        String typed = " " + number.substring(0, 9) + " " + number.substring(9, 17) + "x";
        MvcResult twin = mvc.perform(create(unique("后登记"), Pages.mobile(), typed))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("memberForm", "idNumber", "member.idNumber.taken"))
                .andReturn();
        assertThat(twin.getResponse().getContentAsString()).contains("该身份证号已登记给其他人员。");

        long second = created(unique("后登记"), idNumber());
        mvc.perform(edit(second, number.toLowerCase()))
                .andExpect(model().attributeHasFieldErrorCode("memberForm", "idNumber", "member.idNumber.taken"));
        mvc.perform(edit(first, typed)).andExpect(status().is3xxRedirection());

        mvc.perform(post("/members/{id}/archive", first).with(admin()).with(csrf()).param("version",
                jdbc.queryForObject("select version from member where id = ?", String.class, first)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select archived from member where id = ?", Boolean.class, first)).isTrue();
        mvc.perform(edit(second, number)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select id_number from member where id = ?", String.class, second))
                .isEqualTo(number);
    }

    @Test
    void theHistoryShowsTheChangeStarredAndTheEditFormsViewIsLogged() throws Exception {
        String old = idNumber();
        String changed = idNumber();
        long id = created(unique("改号"), old);
        long before = lastLog();
        mvc.perform(get("/members/{id}/edit", id).with(admin()))
                .andExpect(model().attribute("memberForm",
                        org.hamcrest.Matchers.hasProperty("idNumber", org.hamcrest.Matchers.is(old))));
        assertThat(jdbc.queryForList("select action from audit_log where seq > ? and kind = 'PERSONAL_DATA_VIEWED'"
                + " and target = ?", String.class, before, "/members/" + id + "/edit"))
                .containsExactly("GET /members/{id}/edit");

        mvc.perform(edit(id, changed)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForMap("""
                select old_value, new_value from record_history
                where entity_type = 'Member' and entity_id = ? and field = 'idNumber'""", id))
                .containsEntry("old_value", starred(old)).containsEntry("new_value", starred(changed));
        assertThat(jdbc.queryForObject("""
                select count(*) from record_history where entity_type = 'Member' and entity_id = ?
                and (field = 'idNumberDigest' or old_value in (?, ?) or new_value in (?, ?))""", Long.class, id,
                old, changed, old, changed)).as("no whole number, no digest in the history").isZero();
        String page = html(get("/members/" + id).with(admin()));
        Pages.assertInOrder(Pages.after(page, "id=\"history\"", 3000), "身份证号", starred(old), "→", starred(changed));

        mvc.perform(edit(id, "")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select id_number is null and id_number_digest is null from member where id = ?",
                Boolean.class, id)).as("a number can be taken off").isTrue();
    }

    @Test
    void theRosterImportReadsTheColumnAndRefusesABadStarredOrTakenNumberOnItsCell() throws Exception {
        String taken = idNumber();
        created(unique("已有号"), taken);
        String fresh = idNumberWithX();
        String good = Pages.mobile();
        String name = unique("导入号");
        Object[] header = {"手机号码", "姓名", "性别", "派出单位", "人员类别", "所在单位", "身份证号码"};
        String twice = idNumber();
        byte[] bad = workbook(header,
                new Object[] {good, name, "女", "县人民医院", "医生", groupPath, fresh.toLowerCase()},
                new Object[] {Pages.mobile(), "错号", "男", "县人民医院", "医生", groupPath,
                    fresh.substring(0, 17) + (fresh.charAt(16) == '1' ? "2" : "1")},
                new Object[] {Pages.mobile(), "星号", "男", "县人民医院", "医生", groupPath, starred(taken)},
                new Object[] {Pages.mobile(), "重号", "男", "县人民医院", "医生", groupPath, taken},
                new Object[] {Pages.mobile(), "同号甲", "男", "县人民医院", "医生", groupPath, twice},
                new Object[] {Pages.mobile(), "同号乙", "男", "县人民医院", "医生", groupPath, twice},
                new Object[] {Pages.mobile(), "数字", "男", "县人民医院", "医生", groupPath, 1.10101196001011e17});
        long checked = upload(bad);
        assertThat(problems(checked)).containsExactly(
                "人员名册!3:idNumber:import.cell.idNumber",
                "人员名册!4:idNumber:import.cell.idNumberStarred",
                "人员名册!5:idNumber:import.member.idNumberTaken",
                "人员名册!7:idNumber:import.member.idNumberTaken",
                "人员名册!8:idNumber:import.cell.idNumber");
        String preview = mvc.perform(get("/imports/" + checked).with(admin())).andReturn().getResponse()
                .getContentAsString();
        assertThat(preview).contains("带星号的身份证号", "末几位已丢失");

        byte[] clean = workbook(header, new Object[] {good, name, "女", "县人民医院", "医生", groupPath, fresh});
        long id = upload(clean);
        assertThat(problems(id)).isEmpty();
        confirm(id);
        assertThat(jdbc.queryForMap("select id_number, id_number_digest is not null as digested from member"
                + " where mobile = ?", good)).containsEntry("id_number", fresh).containsEntry("digested", true);
        long member = jdbc.queryForObject("select id from member where mobile = ?", Long.class, good);
        assertThat(html(get("/members/" + member).with(admin()))).contains(fresh);
        assertThat(tally(upload(clean))).as("the same file again changes nothing").containsExactly(0, 0, 1, 0);
        // a file without the column keeps the number; the created member's number now blocks another's form
        byte[] without = workbook(new Object[] {"手机号码", "姓名", "性别", "派出单位", "人员类别"},
                new Object[] {good, name, "女", "县人民医院", "医生"});
        assertThat(tally(upload(without))).containsExactly(0, 0, 1, 0);
        mvc.perform(create(unique("抢号"), Pages.mobile(), fresh))
                .andExpect(model().attributeHasFieldErrorCode("memberForm", "idNumber", "member.idNumber.taken"));
    }

    // --- spreadsheets

    private List<List<String>> sheet(String url, RequestPostProcessor who) throws Exception {
        byte[] content = mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            DataFormatter format = new DataFormatter();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(row.getCell(i) == null ? "" : format.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /** A workbook of one 人员名册 sheet; a Number cell is a number, as Excel keeps a number typed in a general cell. */
    static byte[] workbook(Object[]... rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("人员名册");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Uploads as the org admin and waits for the check; the record's id. */
    private long upload(byte[] content) throws Exception {
        MvcResult result = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "名册.xlsx", null,
                content)).param("kind", "").with(admin()).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        long id = Pages.redirectId(result);
        Jobs.awaitImport(jdbc, id);
        return id;
    }

    private void confirm(long id) throws Exception {
        long version = jdbc.queryForObject("select version from import_record where id = ?", Long.class, id);
        mvc.perform(post("/imports/" + id + "/confirm").with(admin()).with(csrf())
                .param("version", String.valueOf(version))).andReturn();
        Jobs.awaitImport(jdbc, id);
        assertThat(jdbc.queryForObject("select status from import_record where id = ?", String.class, id))
                .isEqualTo("IMPORTED");
    }

    private List<String> problems(long id) {
        return jdbc.queryForList("""
                select p.sheet || '!' || p.row_number || ':' || coalesce(p.column_key, '-') || ':' || p.message_key
                from import_problem p join import_record r on r.id = p.record_id and r.pass = p.pass
                where r.id = ? order by p.row_number, p.id""", String.class, id);
    }

    /** created / updated / unchanged / problems of the roster sheet in the latest pass. */
    private List<Integer> tally(long id) {
        return jdbc.queryForObject("""
                select t.created, t.updated, t.unchanged, t.problems from import_tally t join import_record r
                  on r.id = t.record_id and r.pass = t.pass where r.id = ? and t.kind = 'MEMBERS'""",
                (rs, i) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)), id);
    }
}
