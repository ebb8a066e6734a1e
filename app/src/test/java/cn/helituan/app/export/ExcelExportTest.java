package cn.helituan.app.export;

import static cn.helituan.app.support.Pages.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every list's "导出 Excel": what the filter shows, in the user's scope, with Chinese headers. */
class ExcelExportTest extends FullStackTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    /** The workbook's first sheet as rows of cell texts. */
    private List<List<String>> sheet(String url, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(who)).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats-officedocument");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment", "filename*=UTF-8''");
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void aGroupLeaderExportsTheirGroupOnly() throws Exception {
        List<List<String>> rows = sheet("/members/export", user("leader").roles("GROUP_LEADER"));
        assertThat(rows.get(0)).as("the roster template's columns").startsWith("手机号码", "姓名", "性别", "派出单位",
                "人员类别", "职务").contains("中共党员", "所在单位", "职位", "入组日期");
        List<String> names = rows.subList(1, rows.size()).stream().map(r -> r.get(1)).distinct().toList();
        List<String> tea = jdbc.queryForList("""
                select distinct m.name from member m join membership s on s.member_id = m.id
                join unit u on u.id = s.unit_id where u.name = ? and not m.archived""", String.class, Demo.TEA_GROUP);
        assertThat(names).containsExactlyInAnyOrderElementsOf(tea);
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row.get(9))
                .isEqualTo(Demo.TEAM + "/" + Demo.INDUSTRY + "/" + Demo.TEA_GROUP));
        // a leader's export stars the mobiles (issue 21); the org admin's keeps them whole (the import's key)
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row.get(0)).matches("\\d{3}\\*{4}\\d{4}"));
        List<List<String>> whole = sheet("/members/export?unit=" + jdbc.queryForObject(
                "select id from unit where name = ?", Long.class, Demo.TEA_GROUP), admin());
        assertThat(whole.subList(1, whole.size())).allSatisfy(row -> assertThat(row.get(0)).matches("\\d{11}"));
    }

    @Test
    void theActivityLedgerStarsTheMembersMobilesForEveryoneButTheOrgAdmin() throws Exception {
        List<List<String>> leader = sheet("/activities/export", user("leader").roles("GROUP_LEADER"));
        int members = leader.get(0).indexOf("参加成员");
        assertThat(members).as("the members column").isNotNegative();
        List<String> cells = leader.subList(1, leader.size()).stream().map(r -> r.get(members))
                .filter(c -> !c.isBlank()).toList();
        assertThat(cells).isNotEmpty().allSatisfy(c -> assertThat(c).matches(".* \\d{3}\\*{4}\\d{4}.*")
                .doesNotContainPattern(" \\d{11}"));
        List<List<String>> admin = sheet("/activities/export", admin());
        assertThat(admin.subList(1, admin.size()).stream().map(r -> r.get(members)).filter(c -> !c.isBlank()))
                .isNotEmpty().allSatisfy(c -> assertThat(c).containsPattern(" \\d{11}"));
    }

    @Test
    void theAdminsSearchIsExportedWholeNotOnePage() throws Exception {
        long matching = jdbc.queryForObject("select count(*) from member where not archived and search_text like '%王%'",
                Long.class);
        List<List<String>> rows = sheet("/members/export?q=王&page=1", admin());
        assertThat(rows).hasSize((int) matching + 1);
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(String.join(" ", row)).contains("王"));
        String list = mvc.perform(get("/members?q=王&page=1").with(admin())).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("id=\"export\" href=\"/members/export?q=%E7%8E%8B\"");
    }

    @Test
    void theRegisterIsExportedWithItsKindsFieldsInWords() throws Exception {
        List<List<String>> rows = sheet("/objects/export?category=WEAK", user("reviewer").roles("REVIEWER"));
        assertThat(rows.get(0)).as("the objects template's columns").startsWith("对象代码", "名称", "类型", "区划代码")
                .contains("村的类别", "产业链");
        assertThat(rows.subList(1, rows.size())).anySatisfy(row -> assertThat(row).startsWith("DEMO-002", "石门村", "村"))
                .allSatisfy(row -> assertThat(row.get(6)).contains("弱村"));
        List<List<String>> enterprises = sheet("/objects/export?kind=ENTERPRISE", admin());
        assertThat(enterprises.subList(1, enterprises.size()))
                .anySatisfy(row -> assertThat(row).contains("绿源茶业有限公司", "茶产业链", "小型"));
    }

    @Test
    void accountsAndWorkUnitsAreExportedToo() throws Exception {
        List<List<String>> accounts = sheet("/accounts/export", admin());
        assertThat(accounts.get(0)).startsWith("用户名", "姓名", "角色");
        assertThat(accounts.subList(1, accounts.size())).anySatisfy(row -> assertThat(row).contains("leader", "小组组长"))
                .anySatisfy(row -> assertThat(row).contains("secretary", "青山村"))
                .allSatisfy(row -> assertThat(String.join(" ", row)).doesNotContain("{bcrypt}", "$2a$"));
        List<List<String>> workUnits = sheet("/work-units/export", user("leader").roles("GROUP_LEADER"));
        assertThat(workUnits.get(0)).containsExactly("单位名称", "单位类别");
        assertThat(workUnits).hasSize(1 + jdbc.queryForObject("select count(*) from work_unit where not archived",
                Integer.class));
    }

    @Test
    void nobodyExportsWhatTheyMayNotList() throws Exception {
        mvc.perform(get("/accounts/export").with(user("leader").roles("GROUP_LEADER"))).andExpect(status().isForbidden());
        mvc.perform(get("/members/export").with(user("secretary").roles("FIRST_SECRETARY")))
                .andExpect(status().isForbidden());
        for (String who : new String[] {"leader", "member", "subteam", "secretary"}) {
            mvc.perform(get("/objects/export").with(user(who).roles("GROUP_LEADER")))
                    .andExpect(status().isForbidden());
        }
    }
}
