package cn.helituan.app.imports;

import static cn.helituan.app.support.Pages.admin;
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
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.MemberRow;
import cn.helituan.domain.member.Membership;
import cn.helituan.domain.team.UnitKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The roster import's set-based path (new members and memberships copied into their tables, not saved as entities):
 * what it writes reads back exactly as a member saved through the form — every column, the generated search text,
 * the search, the team tree's head counts, the roster's tally, the CREATED history with the importer's name — and the
 * check, which then writes no member at all, still finds what the import does: a member in two units of one file, a
 * later row changing a member an earlier one created, and a later sheet that needs the members the roster creates.
 */
class RosterBulkImportTest extends FullStackTest {

    private static final String HEADER = "姓名,性别,派出单位,人员类别,职务,职级,手机号码,中共党员,所在单位,职位,入组日期,专长,备注\r\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;
    @Autowired
    History history;

    Pages pages;
    long workUnit;
    long group;
    long otherGroup;
    String groupPath;
    String otherGroupPath;

    @BeforeEach
    void setUp() throws Exception {
        pages = new Pages(mvc);
        workUnit = demo.workUnitId("县人民医院");
        String subTeamName = unique("批量导入分团");
        long subTeam = pages.createUnit(demo.unitId(Demo.TEAM), UnitKind.SUB_TEAM, subTeamName);
        String groupName = unique("巡诊合力小组");
        group = pages.createUnit(subTeam, UnitKind.GROUP, groupName);
        String otherName = unique("药事合力小组");
        otherGroup = pages.createUnit(subTeam, UnitKind.GROUP, otherName);
        groupPath = Demo.TEAM + "/" + subTeamName + "/" + groupName;
        otherGroupPath = Demo.TEAM + "/" + subTeamName + "/" + otherName;
    }

    @Test
    void anImportedMemberAndMembershipReadBackExactlyAsFormSavedOnes() throws Exception {
        String name = unique("欧阳晓");
        String saved = Pages.mobile();
        String imported = Pages.mobile();
        long liveBefore = live();
        MvcResult form = mvc.perform(post("/members/new").with(admin()).with(csrf())
                        .param("name", name).param("gender", "FEMALE").param("workUnitId", Long.toString(workUnit))
                        .param("mobile", saved).param("type", "DOCTOR").param("post", "主治医师")
                        .param("rank", "中级").param("specialty", "儿科").param("partyMember", "true")
                        .param("notes", "每月两次\\下乡\n另有电话").param("unitId", Long.toString(group))
                        .param("position", "DEPUTY_GROUP_LEADER").param("joinedOn", "2026-03-01"))
                .andReturn();
        long formId = Pages.redirectId(form);

        long checked = upload(HEADER + name + ",女,县人民医院,医生,主治医师,中级," + imported + ",是," + groupPath
                + ",副组长,2026-03-01,儿科,\"每月两次\\下乡\n另有电话\"\r\n");
        assertThat(problems(checked)).isEmpty();
        assertThat(tally(checked)).containsExactly(1, 0, 0, 0);
        assertThat(count("select count(*) from member where mobile = ?", imported)).as("the check writes nothing")
                .isZero();
        confirm(checked);
        long importedId = jdbc.queryForObject("select id from member where mobile = ?", Long.class, imported);

        Map<String, Object> byForm = row("member", formId);
        Map<String, Object> byImport = row("member", importedId);
        assertThat(byImport.get("created_by")).isEqualTo("admin");
        assertThat(byImport.get("updated_at")).as("audited on creation as JPA does").isEqualTo(byImport.get("created_at"));
        assertThat(byForm.get("updated_at")).isEqualTo(byForm.get("created_at"));
        assertThat(byImport.get("search_text")).isEqualTo(((String) byForm.get("search_text")).replace(saved, imported));
        assertThat(without(byImport, "id", "mobile", "search_text", "created_at", "updated_at"))
                .isEqualTo(without(byForm, "id", "mobile", "search_text", "created_at", "updated_at"))
                .containsEntry("version", 0L).containsEntry("notes", "每月两次\\下乡\n另有电话");

        long formMembership = jdbc.queryForObject("select id from membership where member_id = ?", Long.class, formId);
        long importedMembership = jdbc.queryForObject("select id from membership where member_id = ?", Long.class,
                importedId);
        Map<String, Object> joinedByImport = row("membership", importedMembership);
        assertThat(joinedByImport.get("updated_at")).isEqualTo(joinedByImport.get("created_at"));
        assertThat(joinedByImport.get("created_at")).isEqualTo(byImport.get("created_at"));
        assertThat(without(joinedByImport, "id", "member_id", "created_at", "updated_at"))
                .isEqualTo(without(row("membership", formMembership), "id", "member_id", "created_at", "updated_at"))
                .containsEntry("unit_id", group).containsEntry("position", "DEPUTY_GROUP_LEADER");

        assertThat(entries(Member.class, importedId)).isEqualTo(entries(Member.class, formId))
                .containsExactly("CREATED 组织部管理员 (admin) []");
        assertThat(entries(Membership.class, importedMembership)).isEqualTo(entries(Membership.class, formMembership))
                .containsExactly("CREATED 组织部管理员 (admin) []");
        assertThat(history.of(Member.class, importedId).get(0).at())
                .isEqualTo(((Timestamp) byImport.get("created_at")).toInstant());

        assertThat(search("q", name)).extracting(MemberRow::id).containsExactlyInAnyOrder(formId, importedId);
        assertThat(search("q", imported)).extracting(MemberRow::id).containsExactly(importedId);
        assertThat(search("unit", Long.toString(group))).extracting(MemberRow::id)
                .containsExactlyInAnyOrder(formId, importedId);
        assertThat(pages.unitNode(admin(), group).getTotalMembers()).as("the team tree counts both").isEqualTo(2);
        assertThat(live()).as("the roster's tally").isEqualTo(liveBefore + 2)
                .isEqualTo(count("select count(*) from member where not archived"));
        String page = mvc.perform(get("/members/" + importedId).with(admin())).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains(name, imported, "副组长", "2026-03-01", "组织部管理员");
    }

    @Test
    void aLaterRowOfTheSameFileFindsTheMemberAnEarlierOneCreatedInTheCheckAsInTheImport() throws Exception {
        String twice = Pages.mobile();
        String known = Pages.mobile();
        String knownName = unique("周知");
        long knownId = pages.createMember(knownName, known, group, workUnit);
        String name = unique("韩梅");
        String file = HEADER
                + name + ",女,县人民医院,医生,科员,," + twice + ",否," + groupPath + ",成员,2026-01-05,,\r\n"
                + name + ",女,县人民医院,医生,科长,," + twice + ",否," + otherGroupPath + ",组长,2026-02-05,,\r\n"
                + knownName + ",女,县人民医院,干部,科员,," + known + ",否," + otherGroupPath + ",成员,,茶叶种植,\r\n"
                + name + ",女,县人民医院,医生,科长,," + twice + ",否," + groupPath + ",成员,,,\r\n";
        long checked = upload(file);
        List<String> checkProblems = problems(checked);
        assertThat(checkProblems).containsExactly("人员名册!5:mobile:import.key.duplicate");
        assertThat(tally(checked)).containsExactly(1, 2, 0, 1);
        assertThat(count("select count(*) from member where mobile = ?", twice)).isZero();

        long good = upload(file.substring(0, file.lastIndexOf(name)));
        assertThat(tally(good)).as("the check").containsExactly(1, 2, 0, 0);
        confirm(good);
        assertThat(tally(good)).as("the import finds what its check did").containsExactly(1, 2, 0, 0);
        long id = jdbc.queryForObject("select id from member where mobile = ?", Long.class, twice);
        assertThat(jdbc.queryForObject("select post from member where id = ?", String.class, id)).isEqualTo("科长");
        assertThat(jdbc.queryForList("""
                select s.unit_id || ':' || s.position || ':' || s.joined_on from membership s where s.member_id = ?
                order by s.joined_on""", String.class, id))
                .containsExactly(group + ":MEMBER:2026-01-05", otherGroup + ":GROUP_LEADER:2026-02-05");
        assertThat(entries(Member.class, id)).as("created by the copy, then changed on the entity (newest first)")
                .containsExactly("UPDATED 组织部管理员 (admin) [post: 科员 → 科长]", "CREATED 组织部管理员 (admin) []");
        assertThat(jdbc.queryForList("select unit_id from membership where member_id = ? order by id", Long.class,
                knownId)).containsExactly(group, otherGroup);
        assertThat(jdbc.queryForObject("select created_by from membership where member_id = ? and unit_id = ?",
                String.class, knownId, otherGroup)).isEqualTo("admin");
        assertThat(pages.unitNode(admin(), otherGroup).getTotalMembers()).isEqualTo(2);
    }

    @Test
    void aLaterSheetOfTheFileFindsTheMembersTheRosterCreatesInTheCheckToo() throws Exception {
        String phone = Pages.mobile();
        String title = unique("义诊服务");
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet roster = workbook.createSheet("人员名册");
            cells(roster.createRow(0), "姓名", "性别", "派出单位", "人员类别", "手机号码", "所在单位");
            cells(roster.createRow(1), unique("沈青"), "男", "县人民医院", "医生", phone, groupPath);
            Sheet resources = workbook.createSheet("资源清单");
            cells(resources.createRow(0), "资源名称", "资源类别", "数量", "计量", "成员手机号");
            cells(resources.createRow(1), title, "产业发展", "2", "天", phone);
            workbook.write(out);
            file = out.toByteArray();
        }
        long checked = upload(file, "名册和资源.xlsx");
        assertThat(problems(checked)).as("the resource's member is the one the roster creates").isEmpty();
        assertThat(count("select count(*) from member where mobile = ?", phone)).isZero();
        confirm(checked);
        assertThat(jdbc.queryForObject("select m.mobile from resource r join member m on m.id = r.member_id"
                + " where r.title = ?", String.class, title)).isEqualTo(phone);
    }

    // --- helpers

    private static void cells(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private long upload(String csv) throws Exception {
        return upload(csv.getBytes(StandardCharsets.UTF_8), "人员名册.csv");
    }

    private long upload(byte[] content, String fileName) throws Exception {
        MvcResult result = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", fileName, null,
                content)).param("kind", "").with(admin()).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).as("upload").isEqualTo(302);
        Jobs.awaitImport(jdbc, Pages.redirectId(result));
        return Pages.redirectId(result);
    }

    private void confirm(long id) throws Exception {
        long version = jdbc.queryForObject("select version from import_record where id = ?", Long.class, id);
        MvcResult result = mvc.perform(post("/imports/" + id + "/confirm").with(admin()).with(csrf())
                .param("version", String.valueOf(version))).andReturn();
        Jobs.awaitImport(jdbc, id);
        assertThat(jdbc.queryForObject("select status from import_record where id = ?", String.class, id))
                .as("confirmed (%s, %s)", result.getFlashMap(), problems(id)).isEqualTo("IMPORTED");
    }

    private List<String> problems(long id) {
        return jdbc.queryForList("""
                select p.sheet || '!' || p.row_number || ':' || coalesce(p.column_key, '-') || ':' || p.message_key
                from import_problem p join import_record r on r.id = p.record_id and r.pass = p.pass
                where r.id = ? order by p.id""", String.class, id);
    }

    /** created / updated / unchanged / problems of the roster in the latest pass. */
    private List<Integer> tally(long id) {
        return jdbc.queryForObject("""
                select t.created, t.updated, t.unchanged, t.problems from import_tally t join import_record r
                  on r.id = t.record_id and r.pass = t.pass where r.id = ? and t.kind = 'MEMBERS'""",
                (rs, i) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)), id);
    }

    private Map<String, Object> row(String table, long id) {
        return jdbc.queryForMap("select * from " + table + " where id = ?", id);
    }

    private static Map<String, Object> without(Map<String, Object> row, String... columns) {
        Map<String, Object> rest = new HashMap<>(row);
        for (String column : columns) {
            rest.remove(column);
        }
        return rest;
    }

    /** The record's history as its page lists it: action, who (name and user name), the changed fields. */
    private List<String> entries(Class<?> type, long id) {
        return history.of(type, id).stream().map(RosterBulkImportTest::entry).toList();
    }

    private static String entry(HistoryEntry e) {
        return e.action() + " " + e.byName() + " (" + e.by() + ") " + e.changes().stream()
                .map(c -> c.field() + ": " + c.oldValue() + " → " + c.newValue()).toList();
    }

    @SuppressWarnings("unchecked")
    private List<MemberRow> search(String param, String value) throws Exception {
        MvcResult result = mvc.perform(get("/members").with(admin()).param(param, value)).andReturn();
        return ((Page<MemberRow>) result.getModelAndView().getModel().get("rows")).getContent();
    }

    private long live() {
        return jdbc.queryForObject("select live from member_tally", Long.class);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
