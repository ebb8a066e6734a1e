package cn.helituan.app.imports;

import static cn.helituan.app.support.Pages.admin;
import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Jobs;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.account.AccountService;
import cn.helituan.domain.assisted.AssistanceFocus;
import cn.helituan.domain.assisted.AssistedDetails;
import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.assisted.RelationshipService;
import cn.helituan.domain.assisted.StationRole;
import cn.helituan.domain.assisted.StationingRecord;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.MemberDetails;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Position;
import cn.helituan.domain.station.StationService;
import cn.helituan.domain.todo.TodoService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
 * The stationing register imported (issue 18) as the other lists are: in the register export's columns, checked
 * without writing, confirmed all or nothing, the same file again changing nothing, the export importing back
 * unchanged (the org admin's with whole mobiles, the sub-team leader's with starred ones), each bad row with its
 * message on its cell, and a sub-team leader refused the villages of another sub-team. The villages and members are
 * the test's own, paired with the tea group (the industry sub-team's) or the medical group (the welfare sub-team's)
 * from 2026 to 2027.
 */
class StationingImportTest extends FullStackTest {

    private static final String HEADER = "村（社区）代码,村（社区）,驻村干部,手机号码,驻村身份,派出单位,职务,驻村开始日期,计划期满日期,"
            + "驻村结束日期,派出单位承诺：项目,派出单位承诺：资金,派出单位承诺：责任,保险办理日期,体检日期,驻村补助标准（元/天）\r\n";
    private static final String FILE = "驻村名册.csv";
    private static final RequestPostProcessor SUB_TEAM = user("subteam").roles("SUB_TEAM_LEADER");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;
    @Autowired
    AssistedService assisted;
    @Autowired
    RelationshipService relationships;
    @Autowired
    MemberService members;
    @Autowired
    StationService stations;
    @Autowired
    TodoService todos;
    @Autowired
    AccountService accounts;

    /** A village of the test's own: its code and name. */
    record Village(long id, String code, String name) {
    }

    /** A member of the test's own: mobile and name. */
    record Person(String mobile, String name) {
    }

    @Test
    void aGoodFileIsCheckedThenImportedAndTheSameFileAgainChangesNothing() throws Exception {
        Village village = village(Demo.TEA_GROUP);
        Person secretary = person(Demo.TEA_GROUP);
        Person member = person(Demo.TEA_GROUP);
        String csv = HEADER + row(village, secretary, "第一书记", "县农业农村局", "副局长", "2026-03-01", "2028-02-29", "",
                "茶叶加工项目", "50万元", "每月到村一次", "2026-03-05", "2026-02-20", "80")
                + row(village, member, "工作队员", "", "", "2026-03-01", "", "", "", "", "", "", "", "");
        long checked = upload(csv, FILE, "", admin());
        assertThat(problems(checked)).isEmpty();
        assertThat(tally(checked)).containsExactly(2, 0, 0, 0);
        assertThat(stationed(village)).as("the check writes nothing").isZero();

        confirm(checked, admin());
        assertThat(jdbc.queryForMap("""
                select s.role, w.name as unit, s.post, s.planned_end_on::text as planned, s.commitment_funds,
                       s.insured_on::text as insured, s.subsidy_per_day from stationing s
                join member m on m.id = s.member_id join work_unit w on w.id = s.work_unit_id
                where s.object_id = ? and m.mobile = ? and s.starts_on = date '2026-03-01' and s.ends_on is null""",
                village.id(), secretary.mobile())).containsEntry("role", "FIRST_SECRETARY")
                .containsEntry("unit", "县农业农村局").containsEntry("post", "副局长").containsEntry("planned", "2028-02-29")
                .containsEntry("commitment_funds", "50万元").containsEntry("insured", "2026-03-05")
                .containsEntry("subsidy_per_day", new BigDecimal("80.00"));
        assertThat(jdbc.queryForObject("""
                select w.name from stationing s join member m on m.id = s.member_id
                join work_unit w on w.id = s.work_unit_id where s.object_id = ? and m.mobile = ?""", String.class,
                village.id(), member.mobile())).as("no unit given: the roster's, as on the form").isEqualTo("县人民医院");

        long again = upload(csv, FILE, "", admin());
        assertThat(tally(again)).as("the same file again").containsExactly(0, 0, 2, 0);
        long history = history(village);
        confirm(again, admin());
        assertThat(stationed(village)).isEqualTo(2);
        assertThat(history(village)).as("nothing rewritten").isEqualTo(history);

        long corrected = upload(csv.replace(",80\r\n", ",90\r\n"), FILE, "", admin());
        assertThat(tally(corrected)).containsExactly(0, 1, 1, 0);
        confirm(corrected, admin());
        assertThat(jdbc.queryForObject("""
                select s.subsidy_per_day from stationing s join member m on m.id = s.member_id
                where s.object_id = ? and m.mobile = ?""", BigDecimal.class, village.id(), secretary.mobile()))
                .isEqualByComparingTo("90");
        assertThat(history(village)).as("the correction is in the record's history").isGreaterThan(history);

        // a sheet of a few columns changes those only: the ones it lacks keep what is filed
        String narrow = "村（社区）代码,手机号码,驻村身份,驻村开始日期,职务\r\n" + village.code() + "," + secretary.mobile()
                + ",第一书记,2026-03-01,局长\r\n";
        long partial = upload(narrow, FILE, "", admin());
        assertThat(tally(partial)).containsExactly(0, 1, 0, 0);
        confirm(partial, admin());
        assertThat(jdbc.queryForMap("""
                select s.post, s.commitment_funds, s.subsidy_per_day from stationing s
                join member m on m.id = s.member_id where s.object_id = ? and m.mobile = ?""", village.id(),
                secretary.mobile())).containsEntry("post", "局长").containsEntry("commitment_funds", "50万元")
                .containsEntry("subsidy_per_day", new BigDecimal("90.00"));
    }

    @Test
    void everyBadRowIsReportedOnItsCellAndNothingIsWritten() throws Exception {
        Village village = village(Demo.TEA_GROUP);
        Village elsewhere = village(Demo.TEA_GROUP);
        Person busy = person(Demo.TEA_GROUP);
        stations.station(Scope.system(), elsewhere.id(), new StationService.Station(busy.mobile(),
                LocalDate.of(2026, 2, 1), StationingRecord.firstSecretary()));
        Person good = person(Demo.TEA_GROUP);
        Person other = person(Demo.TEA_GROUP);
        Person second = person(Demo.TEA_GROUP);
        Person third = person(Demo.TEA_GROUP);
        Village unknown = new Village(0, unique("NO"), "");
        String csv = HEADER
                + row(unknown, other, "工作队员", "", "", "2026-03-01", "", "", "", "", "", "", "", "")
                + row(village, new Person("13999999999", ""), "工作队员", "", "", "2026-03-01", "", "", "", "", "", "",
                        "", "")
                + row(village, busy, "工作队员", "", "", "2026-04-01", "", "", "", "", "", "", "", "")
                + row(village, other, "工作队员", "", "", "2026-13-45", "", "", "", "", "", "", "", "")
                + row(village, other, "工作队员", "", "", "2026-03-01", "2026-02-01", "", "", "", "", "", "", "")
                + row(village, other, "村支书", "", "", "2026-03-01", "", "", "", "", "", "", "", "")
                + row(village, new Person(other.mobile(), "别人"), "工作队员", "", "", "2026-03-01", "", "", "", "", "",
                        "", "", "")
                + row(village, second, "工作队员", "无此单位", "", "2026-03-01", "", "", "", "", "", "", "", "")
                + row(village, third, "工作队员", "", "", "2026-03-01", "", "2026-05-01", "", "", "", "", "", "")
                + row(village, good, "工作队员", "", "", "2026-03-01", "", "", "", "", "", "", "", "");
        long checked = upload(csv, FILE, "", admin());
        assertThat(problems(checked)).containsExactly(
                "驻村名册!2:objectCode:import.stationing.objectUnknown",
                "驻村名册!3:mobile:import.stationing.memberUnknown",
                "驻村名册!4:mobile:stationing.member.busy",
                "驻村名册!5:startsOn:import.cell.date",
                "驻村名册!6:plannedEndOn:import.stationing.beforeStart",
                "驻村名册!7:role:import.cell.choice",
                "驻村名册!8:member:import.stationing.memberName",
                "驻村名册!9:workUnit:import.stationing.workUnitUnknown",
                "驻村名册!10:endsOn:import.stationing.endNew");
        assertThat(tally(checked)).containsExactly(1, 0, 0, 9);
        assertThat(stationed(village)).as("not even the good row").isZero();

        // the preview says why in Chinese, on the row and column
        String page = page("/imports/" + checked, admin());
        assertThat(page).contains("同一时间只能在一个村驻村", "早于驻村开始日期", "不是可选的值", "不是日期",
                "人员名册中没有手机号码“13999999999”");
        long version = jdbc.queryForObject("select version from import_record where id = ?", Long.class, checked);
        mvc.perform(post("/imports/" + checked + "/confirm").with(admin()).with(csrf())
                .param("version", String.valueOf(version))).andReturn();
        Jobs.awaitImport(jdbc, checked);
        assertThat(stationed(village)).as("a file with problems is never imported").isZero();
        assertThat(stationed(elsewhere)).isEqualTo(1);
    }

    @Test
    void theRegistersExportImportsBackUnchangedForTheAdminAndTheSubTeamLeader() throws Exception {
        Village village = village(Demo.TEA_GROUP);
        Person secretary = person(Demo.TEA_GROUP);
        Person member = person(Demo.TEA_GROUP);
        stations.station(Scope.system(), village.id(), new StationService.Station(secretary.mobile(),
                LocalDate.of(2026, 1, 15), new StationingRecord(StationRole.FIRST_SECRETARY,
                        demo.workUnitId("县农业农村局"), "副局长", LocalDate.of(2027, 12, 31), "茶园提升", "  30 万元 ",
                        "驻村 每月20天", LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 10), new BigDecimal("80.5"))));
        stations.station(Scope.system(), village.id(), new StationService.Station(member.mobile(),
                LocalDate.of(2026, 2, 1), new StationingRecord(StationRole.TEAM_MEMBER, null, null, null, null, null,
                        null, null, null, null)));

        byte[] export = mvc.perform(get("/stationings/export").param("q", village.name()).with(admin())).andReturn()
                .getResponse().getContentAsByteArray();
        assertThat(cell(export, 1, 3)).as("the admin's export has whole mobiles")
                .isIn(secretary.mobile(), member.mobile());
        long back = upload(export, "驻村名册.xlsx", "", admin());
        assertThat(problems(back)).isEmpty();
        assertThat(tally(back)).containsExactly(0, 0, 2, 0);
        long history = history(village);
        confirm(back, admin());
        assertThat(history(village)).isEqualTo(history);

        // the sub-team leader's export stars the mobiles: it still names the filed stationings
        byte[] starred = mvc.perform(get("/stationings/export").param("q", village.name()).with(SUB_TEAM))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(cell(starred, 1, 3)).contains("****");
        long again = upload(starred, "驻村名册.xlsx", "STATIONINGS", SUB_TEAM);
        assertThat(problems(again)).isEmpty();
        assertThat(tally(again)).containsExactly(0, 0, 2, 0);
        assertThat(todos.items(accounts.scopeOf("subteam").orElseThrow())).as("checked, waiting in their to-dos")
                .anyMatch(item -> item.link().equals("/imports/" + again));

        // a post corrected in the exported sheet updates that record only
        byte[] edited;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(starred));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheetAt(0);
            for (Row r : sheet) {
                if (r.getRowNum() > 0 && secretary.name().equals(r.getCell(2).getStringCellValue())) {
                    // (a new cell: POI keeps an inline string's old text when it is set)
                    r.removeCell(r.getCell(6));
                    r.createCell(6).setCellValue("正科级副局长");
                }
            }
            book.write(out);
            edited = out.toByteArray();
        }
        long changed = upload(edited, "驻村名册.xlsx", "STATIONINGS", SUB_TEAM);
        assertThat(tally(changed)).containsExactly(0, 1, 1, 0);
        confirm(changed, SUB_TEAM);
        assertThat(jdbc.queryForObject("""
                select s.post from stationing s join member m on m.id = s.member_id
                where s.object_id = ? and m.mobile = ?""", String.class, village.id(), secretary.mobile()))
                .isEqualTo("正科级副局长");
        assertThat(stationed(village)).isEqualTo(2);
    }

    @Test
    void aSubTeamLeaderImportsOnlyTheVillagesOfTheirSubTeam() throws Exception {
        Village ours = village(Demo.TEA_GROUP);
        Village welfare = village(Demo.MEDICAL_GROUP);
        Person tea = person(Demo.TEA_GROUP);
        Person medical = person(Demo.MEDICAL_GROUP);
        Person nurse = person(Demo.MEDICAL_GROUP);
        String csv = HEADER + row(welfare, medical, "第一书记", "", "", "2026-03-01", "", "", "", "", "", "", "", "")
                + row(ours, nurse, "工作队员", "", "", "2026-03-01", "", "", "", "", "", "", "", "")
                + row(ours, tea, "第一书记", "", "", "2026-03-01", "", "", "", "", "", "", "", "");
        long checked = upload(csv, FILE, "STATIONINGS", SUB_TEAM);
        assertThat(problems(checked)).containsExactly("驻村名册!2:objectCode:import.stationing.outOfScope",
                "驻村名册!3:mobile:import.stationing.memberUnknown");
        assertThat(tally(checked)).containsExactly(1, 0, 0, 2);
        assertThat(page("/imports/" + checked, SUB_TEAM)).contains("不在你的管理范围内", "人员名册中没有手机号码")
                .as("nothing of the other sub-team's village or member is told").doesNotContain(welfare.name(),
                        nurse.name());
        assertThat(stationed(welfare) + stationed(ours)).isZero();

        // the admin imports the same file (every village, every member in scope)
        long whole = upload(csv, FILE, "", admin());
        assertThat(problems(whole)).isEmpty();
        assertThat(tally(whole)).containsExactly(3, 0, 0, 0);

        // another kind, or the templates of every kind, are not the sub-team leader's
        MvcResult roster = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "人员名册.csv", null,
                "手机号码,姓名\r\n".getBytes(StandardCharsets.UTF_8))).param("kind", "MEMBERS").with(SUB_TEAM)
                .with(csrf())).andReturn();
        assertThat(roster.getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/imports/template").with(SUB_TEAM)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/imports/template").param("kind", "STATIONINGS").with(SUB_TEAM)).andReturn()
                .getResponse().getStatus()).isEqualTo(200);

        // the register's 导入 link is there for those who import only
        assertThat(page("/stationings", SUB_TEAM)).contains("id=\"import-stationings\"");
        assertThat(page("/stationings", admin())).contains("id=\"import-stationings\"");
        assertThat(page("/stationings", user("reviewer").roles("REVIEWER"))).doesNotContain("import-stationings");
        assertThat(page("/imports?kind=STATIONINGS", SUB_TEAM))
                .contains("value=\"STATIONINGS\" selected=\"selected\"");
    }

    // --- fixtures

    private Village village(String group) {
        String code = unique("ZC");
        String name = unique("导入驻村村");
        long id = assisted.create(Scope.system(), new AssistedDetails(AssistedKind.VILLAGE, name, code, null, null,
                null, null, Set.of(), Set.of(), null, null, null, null, null)).getId();
        relationships.create(Scope.system(), demo.unitId(group), id, LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31), AssistanceFocus.RURAL_REVITALIZATION, null);
        return new Village(id, code, name);
    }

    private Person person(String group) {
        String mobile = Pages.mobile();
        String name = unique("驻村导入干部");
        members.create(Scope.system(), new MemberDetails(name, Gender.FEMALE, demo.workUnitId("县人民医院"), "科员",
                null, null, mobile, true, MemberType.CADRE, null), demo.unitId(group), Position.MEMBER,
                LocalDate.of(2025, 1, 1));
        return new Person(mobile, name);
    }

    /** A CSV row: the village and person, then the role and the record's cells in the register's order. */
    private static String row(Village village, Person person, String role, String unit, String post, String startsOn,
                              String plannedEndOn, String endsOn, String projects, String funds,
                              String responsibility, String insuredOn, String healthCheckedOn, String subsidy) {
        return String.join(",", village.code(), village.name(), person.name(), person.mobile(), role, unit, post,
                startsOn, plannedEndOn, endsOn, projects, funds, responsibility, insuredOn, healthCheckedOn, subsidy)
                + "\r\n";
    }

    private long upload(String csv, String fileName, String kind, RequestPostProcessor who) throws Exception {
        return upload(csv.getBytes(StandardCharsets.UTF_8), fileName, kind, who);
    }

    private long upload(byte[] content, String fileName, String kind, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", fileName, null,
                content)).param("kind", kind).with(who).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).as("upload").isEqualTo(302);
        Jobs.awaitImport(jdbc, Pages.redirectId(result));
        return Pages.redirectId(result);
    }

    private void confirm(long id, RequestPostProcessor who) throws Exception {
        long version = jdbc.queryForObject("select version from import_record where id = ?", Long.class, id);
        MvcResult result = mvc.perform(post("/imports/" + id + "/confirm").with(who).with(csrf())
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

    private List<Integer> tally(long id) {
        return jdbc.queryForObject("""
                select t.created, t.updated, t.unchanged, t.problems from import_tally t join import_record r
                  on r.id = t.record_id and r.pass = t.pass where r.id = ? and t.kind = 'STATIONINGS'""",
                (rs, i) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)), id);
    }

    private long stationed(Village village) {
        return jdbc.queryForObject("select count(*) from stationing where object_id = ?", Long.class, village.id());
    }

    private long history(Village village) {
        return jdbc.queryForObject("""
                select count(*) from record_history h join stationing s on s.id = h.entity_id
                where h.entity_type = 'Stationing' and s.object_id = ?""", Long.class, village.id());
    }

    private static String cell(byte[] xlsx, int row, int column) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return book.getSheetAt(0).getRow(row).getCell(column).getStringCellValue();
        }
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andReturn().getResponse().getContentAsString();
    }
}
