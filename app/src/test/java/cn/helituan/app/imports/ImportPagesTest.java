package cn.helituan.app.imports;

import static cn.helituan.app.support.Pages.admin;
import static cn.helituan.app.support.Pages.mobile;
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
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitDetails;
import cn.helituan.domain.team.UnitField;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The Excel import as an organization department uses it to set up a deployment: messy workbooks made here (title
 * rows, full-width spaces and digits, phones stored as numbers, dates as Excel dates and as text, headers as people
 * write them), the check that writes nothing, the all-or-nothing confirmation, re-imports that change nothing or
 * update in place with history, bad files refused with a reason, and nobody but org admins let in.
 */
class ImportPagesTest extends FullStackTest {

    private static final String GROUP_PATH = Demo.TEAM + "/" + Demo.INDUSTRY + "/" + Demo.TEA_GROUP;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UnitService units;

    // --- helpers

    /** Uploads; once the file is kept, waits for its check (a background job) to end. */
    private MvcResult upload(byte[] content, String fileName, String kind, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", fileName, null,
                content)).param("kind", kind).with(who).with(csrf())).andReturn();
        if (result.getResponse().getStatus() == 302) {
            Jobs.awaitImport(jdbc, Pages.redirectId(result));
        }
        return result;
    }

    /** Uploads as the admin and returns the new record's id (the check has run). */
    private long upload(byte[] content, String fileName) throws Exception {
        MvcResult result = upload(content, fileName, "", admin());
        assertThat(result.getResponse().getStatus()).as("upload of " + fileName).isEqualTo(302);
        return Pages.redirectId(result);
    }

    private String page(long id) throws Exception {
        return mvc.perform(get("/imports/" + id).with(admin())).andReturn().getResponse().getContentAsString();
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from import_record where id = ?", String.class, id);
    }

    /** created / updated / unchanged / problems of one sheet kind in the latest pass. */
    private List<Integer> tally(long id, String kind) {
        return jdbc.queryForObject("""
                select t.created, t.updated, t.unchanged, t.problems from import_tally t join import_record r
                  on r.id = t.record_id and r.pass = t.pass where r.id = ? and t.kind = ?""",
                (rs, i) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)), id, kind);
    }

    private List<String> problems(long id) {
        return jdbc.queryForList("""
                select p.sheet || '!' || p.row_number || ':' || coalesce(p.column_key, '-') || ':' || p.message_key
                from import_problem p join import_record r on r.id = p.record_id and r.pass = p.pass
                where r.id = ? order by p.id""", String.class, id);
    }

    /** Confirms and waits for the import (a background job) to end. */
    private MvcResult confirm(long id) throws Exception {
        long version = jdbc.queryForObject("select version from import_record where id = ?", Long.class, id);
        MvcResult result = mvc.perform(post("/imports/" + id + "/confirm").with(admin()).with(csrf())
                .param("version", String.valueOf(version))).andReturn();
        Jobs.awaitImport(jdbc, id);
        return result;
    }

    private long members(String mobile) {
        return jdbc.queryForObject("select count(*) from member where mobile = ?", Long.class, mobile);
    }

    /** A workbook of the given sheets; a cell "=…" becomes a formula, a LocalDate an Excel date, a Number a number. */
    private static byte[] workbook(Object[][]... sheets) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            for (Object[][] sheet : sheets) {
                Sheet s = workbook.createSheet((String) sheet[0][0]);
                for (int r = 1; r < sheet.length; r++) {
                    Row row = s.createRow(r - 1);
                    for (int c = 0; c < sheet[r].length; c++) {
                        Object value = sheet[r][c];
                        if (value == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (value instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else if (value instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        } else if (value.toString().startsWith("=")) {
                            cell.setCellFormula(value.toString().substring(1));
                        } else {
                            cell.setCellValue(value.toString());
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Object[][] sheet(String name, Object[]... rows) {
        Object[][] sheet = new Object[rows.length + 1][];
        sheet[0] = new Object[] {name};
        System.arraycopy(rows, 0, sheet, 1, rows.length);
        return sheet;
    }

    // --- the journeys

    @Test
    void aMessyWorkbookIsCheckedWithoutWritingThenImportedWholeAndReimportedWithoutChange() throws Exception {
        String workUnit = unique("县林业局");
        String group = unique("林下经济小组");
        String first = mobile();
        String second = mobile();
        byte[] file = workbook(
                sheet("派出单位", new Object[] {"单位名称", "单位类别"}, new Object[] {"　" + workUnit + " ", "党政机关"}),
                sheet("组织架构", new Object[] {"单位路径", "类型", "领域", "当地称呼"},
                        new Object[] {Demo.TEAM + " / " + Demo.INDUSTRY + "/" + group, "合力小组", "产业", "服务队"}),
                sheet("人员名册",
                        new Object[] {"示范县干部人才名册（2026年）"},
                        new Object[] {},
                        new Object[] {"姓名", "性别", "工作单位", "人员类别", "职务", "手机", "是否党员", "所在小组",
                            "职位", "入组日期", "专长"},
                        new Object[] {"王　明", "男", workUnit, "干部", "副局长", Long.parseLong(first), "是",
                            Demo.TEAM + "/" + Demo.INDUSTRY + "/" + group, "组长", LocalDate.of(2023, 6, 1), "林下种植"},
                        new Object[] {"李华", "女", "县农业农村局", "农技人员", "农艺师",
                            toFullWidth(second), "否", GROUP_PATH, "", "2023年6月1日", "茶叶植保"}));

        long id = upload(file, "名册.xlsx");
        assertThat(status(id)).isEqualTo("CHECKED");
        assertThat(problems(id)).isEmpty();
        assertThat(tally(id, "WORK_UNITS")).containsExactly(1, 0, 0, 0);
        assertThat(tally(id, "UNITS")).containsExactly(1, 0, 0, 0);
        assertThat(tally(id, "MEMBERS")).containsExactly(2, 0, 0, 0);
        assertThat(members(first) + members(second)).as("the check writes nothing").isZero();
        assertThat(jdbc.queryForObject("select count(*) from work_unit where name = ?", Long.class, workUnit)).isZero();
        String preview = page(id);
        assertThat(preview).contains("检查通过", "id=\"confirm\"", "人员名册");
        assertThat(Pages.after(preview, "id=\"changes\"", 4000)).as("the preview names the rows it would create")
                .contains(first + " 王明", second + " 李华", workUnit, group, "新增");

        MvcResult done = confirm(id);
        assertThat(new Pages(mvc).follow(done, admin()).getResponse().getContentAsString()).contains("导入完成。");
        assertThat(status(id)).isEqualTo("IMPORTED");
        assertThat(jdbc.queryForObject("select live from member_tally", Long.class))
                .as("the roster's tally, left alone by the import's inserts and counted at its end")
                .isEqualTo(jdbc.queryForObject("select count(*) from member where not archived", Long.class));
        assertThat(jdbc.queryForMap("""
                select m.name, m.post, m.party_member, m.specialty, w.name as work_unit, s.position, s.joined_on,
                       u.name as unit, u.local_name, u.kind
                from member m join work_unit w on w.id = m.work_unit_id join membership s on s.member_id = m.id
                join unit u on u.id = s.unit_id where m.mobile = ?""", first))
                .containsEntry("name", "王明").containsEntry("post", "副局长").containsEntry("party_member", true)
                .containsEntry("work_unit", workUnit).containsEntry("position", "GROUP_LEADER")
                .containsEntry("joined_on", java.sql.Date.valueOf("2023-06-01")).containsEntry("unit", group)
                .containsEntry("local_name", "服务队").containsEntry("kind", "GROUP");
        assertThat(jdbc.queryForMap("""
                select m.name, m.type, s.joined_on, u.name as unit from member m join membership s on s.member_id = m.id
                join unit u on u.id = s.unit_id where m.mobile = ?""", second))
                .containsEntry("type", "AGRONOMIST").containsEntry("joined_on", java.sql.Date.valueOf("2023-06-01"))
                .containsEntry("unit", Demo.TEA_GROUP);
        long memberId = jdbc.queryForObject("select id from member where mobile = ?", Long.class, first);
        assertThat(jdbc.queryForObject("""
                select count(*) from record_history where entity_type = 'Member' and entity_id = ?
                and action = 'CREATED' and changed_by = 'admin'""", Long.class, memberId))
                .as("the imported member's history says who created it").isEqualTo(1);

        long again = upload(file, "名册.xlsx");
        assertThat(tally(again, "WORK_UNITS")).containsExactly(0, 0, 1, 0);
        assertThat(tally(again, "UNITS")).containsExactly(0, 0, 1, 0);
        assertThat(tally(again, "MEMBERS")).containsExactly(0, 0, 2, 0);
        confirm(again);
        assertThat(status(again)).as("a re-import that changes nothing still completes").isEqualTo("IMPORTED");
        assertThat(tally(again, "MEMBERS")).containsExactly(0, 0, 2, 0);
        assertThat(members(first)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from membership where member_id = ?", Long.class, memberId))
                .isEqualTo(1);
    }

    @Test
    void aCorrectedFileUpdatesInPlaceAndTheMemberPageShowsTheOldValue() throws Exception {
        String phone = mobile();
        Object[] header = {"手机号码", "姓名", "性别", "派出单位", "人员类别", "职务", "所在单位"};
        confirm(upload(workbook(sheet("人员名册", header,
                new Object[] {phone, "赵敏", "女", "县农业农村局", "干部", "科员", GROUP_PATH})), "a.xlsx"));
        long corrected = upload(workbook(sheet("人员名册", header,
                new Object[] {phone, "赵敏", "女", "县农业农村局", "干部", "副科长", GROUP_PATH})), "b.xlsx");
        assertThat(tally(corrected, "MEMBERS")).containsExactly(0, 1, 0, 0);
        confirm(corrected);
        long id = jdbc.queryForObject("select id from member where mobile = ?", Long.class, phone);
        assertThat(jdbc.queryForObject("select post from member where id = ?", String.class, id)).isEqualTo("副科长");
        String memberPage = mvc.perform(get("/members/" + id).with(admin())).andReturn().getResponse()
                .getContentAsString();
        assertThat(Pages.after(memberPage, "id=\"history\"", 3000)).contains("科员", "副科长", "组织部管理员");
    }

    @Test
    void aColumnTheSheetLacksKeepsTheValueButABlankCellClearsIt() throws Exception {
        String phone = mobile();
        confirm(upload(workbook(sheet("人员名册",
                new Object[] {"手机号码", "姓名", "性别", "派出单位", "人员类别", "职务", "专长", "所在单位"},
                new Object[] {phone, "褚良", "男", "县农业农村局", "干部", "科员", "植保", GROUP_PATH})), "full.xlsx"));
        long without = upload(workbook(sheet("人员名册",
                new Object[] {"手机号码", "姓名", "性别", "派出单位", "人员类别", "专长"},
                new Object[] {phone, "褚良", "男", "县农业农村局", "干部", ""})), "short.xlsx");
        assertThat(tally(without, "MEMBERS")).as("the blank specialty is a change").containsExactly(0, 1, 0, 0);
        confirm(without);
        assertThat(jdbc.queryForMap("select post, specialty from member where mobile = ?", phone))
                .containsEntry("post", "科员").containsEntry("specialty", null);
    }

    @Test
    void aMemberInTwoGroupsHasARowForEachAndBothMembershipsAreMade() throws Exception {
        String phone = mobile();
        Object[] header = {"手机号码", "姓名", "性别", "派出单位", "人员类别", "所在单位", "职位"};
        String ecommerce = Demo.TEAM + "/" + Demo.INDUSTRY + "/" + Demo.ECOMMERCE_GROUP;
        long id = upload(workbook(sheet("人员名册", header,
                new Object[] {phone, "钱学", "男", "县商务局", "专家", GROUP_PATH, "成员"},
                new Object[] {phone, "钱学", "男", "县商务局", "专家", ecommerce, "副组长"})), "two.xlsx");
        assertThat(problems(id)).isEmpty();
        confirm(id);
        assertThat(members(phone)).isEqualTo(1);
        assertThat(jdbc.queryForList("""
                select u.name || ':' || s.position from membership s join unit u on u.id = s.unit_id
                join member m on m.id = s.member_id where m.mobile = ? order by u.name""", String.class, phone))
                .containsExactlyInAnyOrder(Demo.TEA_GROUP + ":MEMBER", Demo.ECOMMERCE_GROUP + ":DEPUTY_GROUP_LEADER");
    }

    @Test
    void villagesCoordinatesAndCheckInRadiusAreImportedBothOrNeitherAndKeptWhenTheColumnsAreLeftOut()
            throws Exception {
        String located = unique("PLACE-A");
        String name = unique("坐标村");
        String half = unique("PLACE-B");
        String unreadable = unique("PLACE-C");
        String tooSmall = unique("PLACE-D");
        String enterprise = unique("PLACE-E");
        Object[] header = {"对象代码", "名称", "类型", "纬度", "经度", "打卡半径（米）"};
        long id = upload(workbook(sheet("帮扶对象", header,
                new Object[] {located, name, "村", 34.3612345, "107.2412345", 800},
                new Object[] {half, "半坐标村", "村", 34.36, "", ""},
                new Object[] {unreadable, "坐标不明村", "村", "N34", 107.24, ""},
                new Object[] {tooSmall, "小半径村", "村", 34.36, 107.24, 20},
                new Object[] {enterprise, "坐标企业", "企业", 34.36, 107.24, ""})), "帮扶对象坐标.xlsx");
        assertThat(problems(id)).containsExactlyInAnyOrder("帮扶对象!3:longitude:object.place.both",
                "帮扶对象!4:latitude:import.cell.degrees", "帮扶对象!5:checkinRadius:import.object.place.radius",
                "帮扶对象!6:latitude:import.object.fieldNotForKind",
                "帮扶对象!6:longitude:import.object.fieldNotForKind");
        assertThat(tally(id, "OBJECTS")).containsExactly(1, 0, 0, 4);
        long clean = upload(workbook(sheet("帮扶对象", header,
                new Object[] {located, name, "村", 34.3612345, "107.2412345", 800})), "帮扶对象坐标无误.xlsx");
        assertThat(problems(clean)).isEmpty();
        confirm(clean);
        assertThat(status(clean)).isEqualTo("IMPORTED");
        assertThat(jdbc.queryForMap("select latitude, longitude, checkin_radius from assisted_object where code = ?",
                located)).containsEntry("latitude", 34.3612345).containsEntry("longitude", 107.2412345)
                .containsEntry("checkin_radius", 800);

        // the same village without the place's columns: unchanged, its place kept; the export has the columns
        long again = upload(workbook(sheet("帮扶对象", new Object[] {"对象代码", "名称", "类型"},
                new Object[] {located, name, "村"})), "帮扶对象无坐标.xlsx");
        assertThat(tally(again, "OBJECTS")).containsExactly(0, 0, 1, 0);
        confirm(again);
        assertThat(jdbc.queryForObject("select latitude from assisted_object where code = ?", Double.class, located))
                .isEqualTo(34.3612345);
        byte[] export = mvc.perform(get("/objects/export").param("q", name).with(admin())).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(export))) {
            Row head = book.getSheetAt(0).getRow(0);
            Row row = book.getSheetAt(0).getRow(1);
            int last = head.getLastCellNum();
            assertThat(head.getCell(last - 3).getStringCellValue()).isEqualTo("纬度");
            assertThat(head.getCell(last - 1).getStringCellValue()).isEqualTo("打卡半径（米）");
            assertThat(row.getCell(last - 3).getNumericCellValue()).isEqualTo(34.3612345);
            assertThat(row.getCell(last - 2).getNumericCellValue()).isEqualTo(107.2412345);
            assertThat(row.getCell(last - 1).getNumericCellValue()).isEqualTo(800);
        }
    }

    @Test
    void regionsObjectsAndRelationshipsComeInOneWorkbookAndAReimportChangesNothing() throws Exception {
        String county = unique("C");
        String town = unique("T");
        String villageRegion = unique("V");
        String chain = unique("猕猴桃产业链");
        String village = unique("OBJ-V");
        String enterprise = unique("OBJ-E");
        String community = unique("OBJ-C");
        byte[] file = workbook(
                sheet("行政区划", new Object[] {"区划代码", "名称", "级别", "上级代码"},
                        new Object[] {county, "眉县", "县/区", ""},
                        new Object[] {town, "金渠镇", "镇/街道", county},
                        new Object[] {villageRegion, "田家寨村", "村/社区", town}),
                sheet("产业链", new Object[] {"产业链名称"}, new Object[] {chain}),
                sheet("帮扶对象",
                        new Object[] {"对象代码", "名称", "类型", "区划代码", "村的类别", "人口", "户数", "社区创建目标",
                            "产业链", "企业规模", "联系电话"},
                        new Object[] {village, "田家寨村", "村", villageRegion, "脱贫村、产业村", "1,860", 512, "", "",
                            "", 13912345678L},
                        new Object[] {enterprise, "齐峰果业", "企业", town, "", "", "", "", chain, "中型", ""},
                        new Object[] {community, "金渠社区", "社区", town, "", "", "", "平安型，幸福型", "", "", ""}),
                sheet("帮扶关系", new Object[] {"合力小组", "对象代码", "开始日期", "结束日期", "帮扶重点", "帮扶协议"},
                        new Object[] {GROUP_PATH, village, LocalDate.of(2026, 1, 1), "2026年12月31日", "乡村振兴",
                            "一村一策：猕猴桃品质提升"}));
        long id = upload(file, "帮扶对象.xlsx");
        assertThat(problems(id)).isEmpty();
        assertThat(tally(id, "REGIONS")).containsExactly(3, 0, 0, 0);
        assertThat(tally(id, "OBJECTS")).containsExactly(3, 0, 0, 0);
        assertThat(tally(id, "RELATIONSHIPS")).containsExactly(1, 0, 0, 0);
        confirm(id);
        assertThat(status(id)).isEqualTo("IMPORTED");
        assertThat(jdbc.queryForMap("""
                select o.kind, o.categories, o.population, o.households, o.contact_phone, r.code as region
                from assisted_object o join region r on r.id = o.region_id where o.code = ?""", village))
                .containsEntry("kind", "VILLAGE").containsEntry("categories", ",POVERTY_ALLEVIATED,INDUSTRY,")
                .containsEntry("population", 1860).containsEntry("households", 512)
                .containsEntry("contact_phone", "13912345678").containsEntry("region", villageRegion);
        assertThat(jdbc.queryForMap("""
                select c.name as chain, o.scale from assisted_object o join industrial_chain c on c.id = o.chain_id
                where o.code = ?""", enterprise)).containsEntry("chain", chain).containsEntry("scale", "MEDIUM");
        assertThat(jdbc.queryForObject("select goals from assisted_object where code = ?", String.class, community))
                .isEqualTo(",SAFE,HAPPY,");
        assertThat(jdbc.queryForMap("""
                select r.starts_on, r.ends_on, r.focus, r.status, r.agreement, u.name as grp
                from assistance_relationship r join assisted_object o on o.id = r.object_id join unit u on u.id = r.group_id
                where o.code = ?""", village))
                .containsEntry("starts_on", java.sql.Date.valueOf("2026-01-01"))
                .containsEntry("ends_on", java.sql.Date.valueOf("2026-12-31"))
                .containsEntry("focus", "RURAL_REVITALIZATION").containsEntry("status", "ACTIVE")
                .containsEntry("grp", Demo.TEA_GROUP);

        long again = upload(file, "帮扶对象.xlsx");
        assertThat(problems(again)).isEmpty();
        for (String kind : List.of("REGIONS", "CHAINS", "OBJECTS", "RELATIONSHIPS")) {
            List<Integer> tally = tally(again, kind);
            assertThat(tally.get(0) + tally.get(1)).as(kind + " changes nothing").isZero();
        }
    }

    @Test
    void objectAndRelationshipRowsThatBreakTheRulesAreNamed() throws Exception {
        String code = unique("OBJ-X");
        byte[] file = workbook(
                sheet("帮扶对象", new Object[] {"对象代码", "名称", "类型", "区划代码", "人口", "村的类别"},
                        new Object[] {code, "某企业", "企业", "", "300", ""},
                        new Object[] {unique("OBJ-Y"), "某村", "村", "", "-5", "富村"},
                        new Object[] {unique("OBJ-Z"), "某社区", "社区", "没有的区划", "", ""}),
                sheet("帮扶关系", new Object[] {"合力小组", "对象代码", "开始日期", "结束日期", "帮扶重点"},
                        new Object[] {GROUP_PATH, "DEMO-001", "2026-01-01", "2028-12-31", "乡村振兴"},
                        new Object[] {Demo.TEAM + "/" + Demo.INDUSTRY, "DEMO-001", "2026-01-01", "2026-12-31", "乡村振兴"},
                        new Object[] {GROUP_PATH, "没有的对象", "2026-01-01", "2026-12-31", "乡村振兴"}));
        long id = upload(file, "规则.xlsx");
        assertThat(problems(id)).contains(
                "帮扶对象!2:population:import.object.fieldNotForKind",
                "帮扶对象!3:population:import.cell.integer", "帮扶对象!3:categories:import.cell.choice",
                "帮扶对象!4:regionCode:import.object.regionUnknown",
                "帮扶关系!2:endsOn:relationship.term.length",
                "帮扶关系!3:group:import.relationship.groupUnknown",
                "帮扶关系!4:objectCode:import.relationship.objectUnknown");
        assertThat(page(id)).contains("这一列不属于“企业”", "帮扶期限须为 1 至 2 年。");
        assertThat(tally(id, "OBJECTS")).as("every row of the sheet has a problem").containsExactly(0, 0, 0, 3);
    }

    @Test
    void anExportOfTheRosterAndTheRegisterImportsBackWithoutAChange() throws Exception {
        byte[] roster = mvc.perform(get("/members/export").with(admin())).andReturn().getResponse()
                .getContentAsByteArray();
        long members = Pages.redirectId(upload(roster, "人员名册导出.xlsx", "MEMBERS", admin()));
        assertThat(problems(members)).isEmpty();
        List<Integer> tally = tally(members, "MEMBERS");
        assertThat(tally.get(0) + tally.get(1)).as("nothing created or updated").isZero();
        assertThat(tally.get(2)).isGreaterThanOrEqualTo(60);

        byte[] register = mvc.perform(get("/objects/export").with(admin())).andReturn().getResponse()
                .getContentAsByteArray();
        long objects = Pages.redirectId(upload(register, "帮扶对象导出.xlsx", "OBJECTS", admin()));
        assertThat(problems(objects)).isEmpty();
        assertThat(tally(objects, "OBJECTS").subList(0, 2)).containsExactly(0, 0);

        for (String[] list : new String[][] {{"/regions/export", "REGIONS"}, {"/chains/export", "CHAINS"},
            {"/relationships/export", "RELATIONSHIPS"}}) {
            byte[] export = mvc.perform(get(list[0]).with(admin())).andReturn().getResponse().getContentAsByteArray();
            long id = Pages.redirectId(upload(export, list[1] + ".xlsx", list[1], admin()));
            assertThat(problems(id)).as(list[0]).isEmpty();
            List<Integer> counts = tally(id, list[1]);
            assertThat(counts.subList(0, 2)).as(list[0] + " creates and updates nothing").containsExactly(0, 0);
            assertThat(counts.get(2)).as(list[0] + " has rows").isPositive();
        }
    }

    @Test
    void theRelationshipsExportHoldsTheReadersScopeOnly() throws Exception {
        byte[] export = mvc.perform(get("/relationships/export").with(user("leader").roles("GROUP_LEADER")))
                .andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("合力小组");
            assertThat(sheet.getLastRowNum()).isPositive();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(0).getStringCellValue()).isEqualTo(GROUP_PATH);
            }
        }
        for (String url : List.of("/regions/export", "/chains/export")) {
            assertThat(mvc.perform(get(url).with(user("leader").roles("GROUP_LEADER"))).andReturn().getResponse()
                    .getStatus()).as(url).isEqualTo(403);
        }
        assertThat(mvc.perform(get("/relationships/export").with(user("secretary").roles("FIRST_SECRETARY")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void badRowsAreListedByRowAndColumnAndNothingIsWritten() throws Exception {
        String good = mobile();
        byte[] file = workbook(sheet("人员名册",
                new Object[] {"姓名", "性别", "派出单位", "人员类别", "手机号码", "所在单位", "入组日期"},
                new Object[] {"孙良", "男", "县农业农村局", "干部", good, GROUP_PATH, "2024-01-05"},
                new Object[] {"钱多", "未知", "县农业农村局", "干部", "12345", GROUP_PATH, "去年"},
                new Object[] {"周全", "男", "没有这个局", "干部", mobile(), Demo.TEAM + "/没有这个组", ""},
                new Object[] {"吴用", "男", "县农业农村局", "干部", good, GROUP_PATH, ""},
                new Object[] {"", "男", "县农业农村局", "干部", "=13900000000+1", GROUP_PATH, ""}));
        long id = upload(file, "有错.xlsx");
        assertThat(status(id)).isEqualTo("REJECTED");
        assertThat(problems(id)).contains(
                "人员名册!3:gender:import.cell.choice", "人员名册!3:mobile:import.cell.mobile",
                "人员名册!3:joinedOn:import.cell.date",
                "人员名册!4:workUnit:import.member.workUnitUnknown", "人员名册!4:unit:import.member.unitUnknown",
                "人员名册!5:mobile:import.key.duplicate",
                "人员名册!6:mobile:import.cell.formula", "人员名册!6:name:import.cell.required");
        String page = page(id);
        assertThat(page).contains("文件中有错误，不能导入", "“未知”不是可选的值", "找不到派出单位“没有这个局”",
                "“12345”不是 11 位手机号码").doesNotContain("id=\"confirm\"");
        assertThat(members(good)).as("not even the good row").isZero();

        MvcResult refused = confirm(id);
        assertThat(new Pages(mvc).follow(refused, admin()).getResponse().getContentAsString())
                .contains("这个文件现在不能导入");
        assertThat(members(good)).isZero();

        byte[] marked = mvc.perform(get("/imports/" + id + "/errors").with(admin())).andReturn().getResponse()
                .getContentAsByteArray();
        try (Workbook errors = new XSSFWorkbook(new ByteArrayInputStream(marked))) {
            assertThat(errors.getSheetName(0)).isEqualTo("错误清单");
            Sheet roster = errors.getSheet("人员名册");
            Comment mobileComment = roster.getRow(2).getCell(4).getCellComment();
            assertThat(mobileComment.getString().getString()).contains("不是 11 位手机号码");
            assertThat(roster.getRow(2).getCell(4).getStringCellValue()).as("the user's value kept").isEqualTo("12345");
            assertThat(roster.getRow(1).getCell(4).getCellComment()).as("the good row is not marked").isNull();
        }
    }

    @Test
    void aProblemFoundWhenConfirmingRollsBackEveryRow() throws Exception {
        String workUnit = unique("县水利局");
        String first = mobile();
        String second = mobile();
        jdbc.update("insert into work_unit (name, kind, archived, version, created_at) values (?, 'OTHER', false, 0, now())",
                workUnit);
        byte[] file = workbook(sheet("人员名册",
                new Object[] {"手机号码", "姓名", "性别", "派出单位", "人员类别", "所在单位"},
                new Object[] {first, "甲", "男", "县农业农村局", "干部", GROUP_PATH},
                new Object[] {second, "乙", "男", workUnit, "干部", GROUP_PATH}));
        long id = upload(file, "checked.xlsx");
        assertThat(status(id)).isEqualTo("CHECKED");
        // meanwhile somebody archives the work unit of the second row
        jdbc.update("update work_unit set archived = true where name = ?", workUnit);
        MvcResult result = confirm(id);
        assertThat(new Pages(mvc).follow(result, admin()).getResponse().getContentAsString())
                .contains("导入时发现了问题，什么也没有写入");
        assertThat(status(id)).isEqualTo("REJECTED");
        assertThat(problems(id)).containsExactly("人员名册!3:workUnit:import.member.workUnitUnknown");
        assertThat(members(first)).as("the first row was rolled back with the second").isZero();
    }

    @Test
    void csvInGbkWithATitleRowAndALibreOfficeWorkbookAreRead() throws Exception {
        String phone = mobile();
        String csv = "示范县干部人才名册\r\n姓名,性别,派出单位,人员类别,手机号码,所在单位\r\n"
                + "\"欧阳, 修\",男,县农业农村局,专家," + phone + "," + GROUP_PATH + "\r\n";
        long id = upload(csv.getBytes(Charset.forName("GBK")), "名册.csv");
        assertThat(problems(id)).isEmpty();
        assertThat(tally(id, "MEMBERS")).containsExactly(1, 0, 0, 0);
        confirm(id);
        assertThat(jdbc.queryForObject("select name from member where mobile = ?", String.class, phone))
                .isEqualTo("欧阳, 修");

        // a roster typed as CSV and saved as .xlsx by LibreOffice (the fixture beside this test, made with
        // libreoffice --headless --convert-to xlsx): its phones became numbers and its dates Excel dates
        byte[] libre = new ClassPathResource("imports/libreoffice-roster.xlsx").getContentAsByteArray();
        long libreId = upload(libre, "libreoffice-roster.xlsx");
        assertThat(problems(libreId)).isEmpty();
        assertThat(tally(libreId, "MEMBERS")).containsExactly(3, 0, 0, 0);
        confirm(libreId);
        assertThat(jdbc.queryForMap("""
                select m.name, m.party_member, s.joined_on from member m join membership s on s.member_id = m.id
                where m.mobile = '13600000002'"""))
                .containsEntry("name", "庞统").containsEntry("party_member", false)
                .containsEntry("joined_on", java.sql.Date.valueOf("2023-06-01"));
        assertThat(jdbc.queryForObject("select name from member where mobile = '13600000003'", String.class))
                .isEqualTo("黄月英");
    }

    @Test
    void filesThatAreNotSpreadsheetsAreRefusedWithAReason() throws Exception {
        long before = jdbc.queryForObject("select count(*) from import_record", Long.class);
        assertRefused(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}, "名册.xlsx",
                "这不是 Excel 或 CSV 表格");
        assertRefused(new byte[0], "空.xlsx", "文件是空的");
        assertRefused(encrypted(), "加密.xlsx", "文件设置了打开密码");
        assertRefused(oldExcel(), "旧版.xlsx", "旧版 Excel");
        byte[] good = workbook(sheet("人员名册", new Object[] {"姓名"}, new Object[] {"甲"}));
        assertRefused(java.util.Arrays.copyOf(good, good.length / 2), "损坏.xlsx", "文件已损坏");
        MvcResult none = mvc.perform(multipart("/imports").param("kind", "").with(admin()).with(csrf())).andReturn();
        assertThat(none.getResponse().getContentAsString()).contains("请选择要上传的文件。");
        assertThat(jdbc.queryForObject("select count(*) from import_record", Long.class))
                .as("no record for a refused file").isEqualTo(before);
    }

    @Test
    void aMisspelledHeaderAndAnUnknownSheetAreProblems() throws Exception {
        long id = upload(workbook(
                sheet("人员名册", new Object[] {"姓名", "性别", "派出单位", "人员类别", "手机号吗"},
                        new Object[] {"甲", "男", "县农业农村局", "干部", mobile()}),
                sheet("备忘", new Object[] {"随手记"}, new Object[] {"明天开会"})), "拼错.xlsx");
        assertThat(problems(id)).contains("人员名册!0:-:import.header.missing", "备忘!0:-:import.sheet.unknown");
        assertThat(page(id)).contains("表头缺少必填列：手机号码", "认不出工作表“备忘”的内容");
    }

    @Test
    void theTemplateHasEverySheetWithItsHeadersAndDropdowns() throws Exception {
        byte[] template = mvc.perform(get("/imports/template").with(admin())).andReturn().getResponse()
                .getContentAsByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(workbook.getSheet("人员名册").getRow(0).getCell(0).getStringCellValue()).isEqualTo("手机号码");
            assertThat(workbook.getSheet("组织架构")).isNotNull();
            assertThat(workbook.getSheet("人员名册").getDataValidations()).isNotEmpty();
        }
        long id = upload(template, "模板.xlsx");
        assertThat(problems(id)).as("the untouched template: its example rows are skipped, so it is empty")
                .containsExactly("行政区划!0:-:import.file.empty");
    }

    /**
     * Only org admins import every kind; a sub-team leader opens the import page for the stationing register (issue
     * 18) but sees no one else's import, uploads nothing of another kind and gets no template but the register's.
     */
    @Test
    void onlyOrgAdminsImportAndNobodyElseSeesAnImport() throws Exception {
        long id = upload(workbook(sheet("产业链", new Object[] {"产业链名称"}, new Object[] {unique("试验产业链")})),
                "chains.xlsx");
        long version = jdbc.queryForObject("select version from import_record where id = ?", Long.class, id);
        long chains = jdbc.queryForObject("select count(*) from industrial_chain", Long.class);
        byte[] file = workbook(sheet("产业链", new Object[] {"产业链名称"}, new Object[] {unique("越权产业链")}));
        RequestPostProcessor subTeam = user("subteam").roles("SUB_TEAM_LEADER");
        for (RequestPostProcessor who : new RequestPostProcessor[] {subTeam,
            user("leader").roles("GROUP_LEADER"), user("member").roles("MEMBER"),
            user("secretary").roles("FIRST_SECRETARY"), user("reviewer").roles("REVIEWER")}) {
            for (String url : List.of("/imports", "/imports/" + id, "/imports/" + id + "/file",
                    "/imports/" + id + "/errors", "/imports/template")) {
                MvcResult opened = mvc.perform(get(url).with(who)).andReturn();
                if (url.equals("/imports") && who == subTeam) {
                    assertThat(opened.getResponse().getContentAsString()).contains("驻村名册")
                            .doesNotContain("chains.xlsx", "value=\"MEMBERS\"");
                } else {
                    assertThat(opened.getResponse().getStatus()).as(url).isIn(403, 404);
                }
            }
            assertThat(upload(file, "x.xlsx", "", who).getResponse().getStatus()).isEqualTo(403);
            for (String action : List.of("confirm", "cancel")) {
                assertThat(mvc.perform(post("/imports/" + id + "/" + action).with(who).with(csrf())
                        .param("version", String.valueOf(version))).andReturn().getResponse().getStatus())
                        .as(action).isIn(403, 404);
            }
        }
        assertThat(status(id)).isEqualTo("CHECKED");
        assertThat(jdbc.queryForObject("select count(*) from industrial_chain", Long.class)).isEqualTo(chains);
        mvc.perform(get("/imports/999999").with(admin())).andExpect(
                org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
    }

    @Test
    void anAdminOfOneTeamImportsOnlyIntoItAndSeesOnlyTheirOwnImports() throws Exception {
        String team = unique("外县合力团");
        Scope system = Scope.system();
        Unit other = units.create(system, null, UnitKind.TEAM, new UnitDetails(team, null, UnitField.GENERAL, null));
        RequestPostProcessor teamAdmin = Pages.account(jdbc, "ORG_ADMIN", other.getId(), null);
        long demoImport = upload(workbook(sheet("产业链", new Object[] {"产业链名称"},
                new Object[] {unique("本县产业链")})), "mine.xlsx");

        String demoMobile = jdbc.queryForObject("""
                select m.mobile from member m join membership s on s.member_id = m.id join unit u on u.id = s.unit_id
                where u.name = ? and s.left_on is null limit 1""", String.class, Demo.TEA_GROUP);
        MvcResult result = upload(workbook(
                sheet("组织架构", new Object[] {"单位路径", "类型", "领域"},
                        new Object[] {Demo.TEAM + "/" + unique("越界小组"), "合力小组", "产业"},
                        new Object[] {unique("新合力团"), "合力团", "综合"},
                        new Object[] {team + "/" + unique("本团小组"), "合力小组", "产业"}),
                sheet("人员名册", new Object[] {"手机号码", "姓名", "性别", "派出单位", "人员类别", "所在单位"},
                        new Object[] {demoMobile, "改名", "男", "县农业农村局", "干部", team})),
                "theirs.xlsx", "", teamAdmin);
        long theirs = Pages.redirectId(result);
        assertThat(problems(theirs)).contains("组织架构!2:path:import.unit.parentUnknown",
                "组织架构!3:path:import.unit.outOfScope", "人员名册!2:mobile:import.member.outOfScope");
        assertThat(tally(theirs, "UNITS")).containsExactly(1, 0, 0, 2);

        assertThat(mvc.perform(get("/imports").with(teamAdmin)).andReturn().getResponse().getContentAsString())
                .contains("theirs.xlsx").doesNotContain("mine.xlsx");
        for (String url : List.of("/imports/" + demoImport, "/imports/" + demoImport + "/file",
                "/imports/" + demoImport + "/errors")) {
            assertThat(mvc.perform(get(url).with(teamAdmin)).andReturn().getResponse().getStatus()).as(url)
                    .isEqualTo(404);
        }
        long version = jdbc.queryForObject("select version from import_record where id = ?", Long.class, demoImport);
        for (String action : List.of("confirm", "cancel", "check")) {
            assertThat(mvc.perform(post("/imports/" + demoImport + "/" + action).with(teamAdmin).with(csrf())
                    .param("version", String.valueOf(version))).andReturn().getResponse().getStatus()).as(action)
                    .isEqualTo(404);
        }
        assertThat(status(demoImport)).isEqualTo("CHECKED");
        assertThat(page(theirs)).as("the whole deployment's admin sees every import").contains("theirs.xlsx");
    }

    @Test
    void aRejectedFileIsCheckedAgainOnceTheMissingWorkUnitExists() throws Exception {
        String workUnit = unique("县文旅局");
        String phone = mobile();
        long id = upload(workbook(sheet("人员名册",
                new Object[] {"手机号码", "姓名", "性别", "派出单位", "人员类别", "所在单位"},
                new Object[] {phone, "冯远", "男", workUnit, "干部", GROUP_PATH})), "later.xlsx");
        assertThat(status(id)).isEqualTo("REJECTED");
        mvc.perform(post("/work-units/new").with(admin()).with(csrf()).param("name", workUnit)
                .param("kind", "PARTY_GOVERNMENT"));
        MvcResult again = mvc.perform(post("/imports/" + id + "/check").with(admin()).with(csrf())).andReturn();
        assertThat(again.getFlashMap().get("success")).isEqualTo("import.check.queued");
        Jobs.awaitImport(jdbc, id);
        assertThat(status(id)).isEqualTo("CHECKED");
        assertThat(problems(id)).as("the first check's problems are replaced").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from import_tally where record_id = ?", Long.class, id))
                .isEqualTo(1);
        confirm(id);
        assertThat(members(phone)).isEqualTo(1);
    }

    @Test
    void aStaleConfirmationIsRefusedAndACancelledImportCannotBeConfirmed() throws Exception {
        String chain = unique("取消产业链");
        long id = upload(workbook(sheet("产业链", new Object[] {"产业链名称"}, new Object[] {chain})), "c.xlsx");
        long version = jdbc.queryForObject("select version from import_record where id = ?", Long.class, id);
        MvcResult stale = mvc.perform(post("/imports/" + id + "/confirm").with(admin()).with(csrf())
                .param("version", String.valueOf(version - 1))).andReturn();
        assertThat(new Pages(mvc).follow(stale, admin()).getResponse().getContentAsString())
                .contains("在您编辑期间，此记录已被他人修改");
        mvc.perform(post("/imports/" + id + "/cancel").with(admin()).with(csrf())
                .param("version", String.valueOf(version))).andReturn();
        assertThat(status(id)).isEqualTo("CANCELLED");
        confirm(id);
        assertThat(status(id)).isEqualTo("CANCELLED");
        assertThat(jdbc.queryForObject("select count(*) from industrial_chain where name = ?", Long.class, chain))
                .isZero();
        assertThat(Pages.after(page(id), "id=\"history\"", 2000)).contains("已取消");
    }

    private void assertRefused(byte[] content, String name, String message) throws Exception {
        MvcResult result = upload(content, name, "", admin());
        assertThat(result.getResponse().getStatus()).as(name).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString()).as(name).contains(message);
    }

    private static byte[] encrypted() throws Exception {
        byte[] plain = workbook(sheet("人员名册", new Object[] {"姓名"}, new Object[] {"甲"}));
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] oldExcel() throws Exception {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("人员名册").createRow(0).createCell(0).setCellValue("姓名");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static String toFullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append((char) (c - '0' + '０')));
        return new String(out.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}
