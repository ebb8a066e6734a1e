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
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The demand and resource lists imported from the spreadsheets the departments keep: the same rules as the other
 * imports — a template, a check that writes nothing, all or nothing on confirming, re-imports that change nothing.
 */
class ThreeListsImportTest extends FullStackTest {

    private static final String DEMAND_HEADER = "对象代码,需求名称,需求类别,紧急程度,期望解决时间,具体情况\r\n";
    private static final String RESOURCE_HEADER = "资源名称,资源类别,数量,计量,合力小组,派出单位,成员手机号,可用开始,可用结束,说明\r\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDemandListIsCheckedThenImportedAllOrNothing() throws Exception {
        String title = unique("村道路灯损坏");
        String wanted = LocalDate.now().plusMonths(2).toString();
        String bad = DEMAND_HEADER + "DEMO-002," + title + ",基础设施,较急," + wanted + ",五盏路灯不亮\r\n"
                + "DEMO-002," + unique("别的需求") + ",无此类别,一般,,\r\n";
        long checked = upload(bad, "需求清单.csv");
        assertThat(problems(checked)).containsExactly("需求清单!3:category:import.demand.categoryUnknown");
        assertThat(count(title)).as("the check writes nothing").isZero();

        String good = DEMAND_HEADER + "DEMO-002," + title + ",基础设施,较急," + wanted + ",五盏路灯不亮\r\n";
        long id = upload(good, "需求清单.csv");
        assertThat(problems(id)).isEmpty();
        assertThat(tally(id, "DEMANDS")).containsExactly(1, 0, 0, 0);
        confirm(id);
        assertThat(jdbc.queryForMap("select status, urgency, raised_by_object, description from demand where title = ?",
                title)).containsEntry("status", "RAISED").containsEntry("urgency", "URGENT")
                .containsEntry("raised_by_object", false).containsEntry("description", "五盏路灯不亮");

        long again = upload(good, "需求清单.csv");
        assertThat(tally(again, "DEMANDS")).as("the same file again").containsExactly(0, 0, 1, 0);
        long corrected = upload(good.replace("五盏路灯不亮", "七盏路灯不亮"), "需求清单.csv");
        assertThat(tally(corrected, "DEMANDS")).containsExactly(0, 1, 0, 0);
        confirm(corrected);
        assertThat(jdbc.queryForObject("select description from demand where title = ?", String.class, title))
                .isEqualTo("七盏路灯不亮");

        jdbc.update("update demand set status = 'ACCEPTED' where title = ?", title);
        long late = upload(good, "需求清单.csv");
        assertThat(problems(late)).containsExactly("需求清单!2:title:import.demand.taken");
    }

    @Test
    void aResourceListNamesExactlyOneDeclarer() throws Exception {
        String title = unique("农机服务");
        String group = Demo.TEAM + "/" + Demo.INDUSTRY + "/" + Demo.TEA_GROUP;
        String csv = RESOURCE_HEADER + title + ",产业发展,12.5,天,,县农业农村局,,2027-01-01,2027-12-31,旋耕机具\r\n"
                + unique("两个申报方") + ",产业发展,3,天," + group + ",县农业农村局,,,,\r\n"
                + unique("负数") + ",产业发展,-3,天," + group + ",,,,,\r\n";
        long checked = upload(csv, "资源清单.csv");
        assertThat(problems(checked)).containsExactly("资源清单!3:group:import.resource.declarer",
                "资源清单!4:capacity:import.cell.decimal");

        long id = upload(RESOURCE_HEADER + title + ",产业发展,12.5,天,,县农业农村局,,2027-01-01,2027-12-31,旋耕机具\r\n",
                "资源清单.csv");
        assertThat(tally(id, "RESOURCES")).containsExactly(1, 0, 0, 0);
        confirm(id);
        assertThat(jdbc.queryForMap("""
                select r.capacity, r.capacity_unit, w.name from resource r join work_unit w on w.id = r.work_unit_id
                where r.title = ?""", title)).containsEntry("capacity_unit", "DAYS").containsEntry("name", "县农业农村局");
        assertThat(page("/resources?category=" + category("INDUSTRY"))).contains(title);
    }

    @Test
    void theTemplatesHaveTheListsColumns() throws Exception {
        for (String kind : List.of("DEMANDS", "RESOURCES")) {
            byte[] xlsx = mvc.perform(get("/imports/template").param("kind", kind).with(admin())).andReturn()
                    .getResponse().getContentAsByteArray();
            StringBuilder text = new StringBuilder();
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                book.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
            }
            assertThat(text.toString()).contains(kind.equals("DEMANDS") ? "需求类别" : "成员手机号");
        }
    }

    /**
     * Labels match as people write them (issue 16): a category named with quotes is found without them, or with other
     * quotes and spaces, and “四型”社区创建 (the relationship focus's label) is read from 四型社区创建 or 「四型」 社区创建.
     */
    @Test
    void labelsMatchWhateverTheirQuotesSpacesAndWidth() throws Exception {
        String suffix = unique("");
        mvc.perform(post("/demand-categories").with(admin()).with(csrf()).param("name", "“四型”社区创建" + suffix)
                .param("sortOrder", "90")).andReturn();
        String wanted = LocalDate.now().plusMonths(2).toString();
        String plain = unique("社区便民服务");
        String spaced = unique("社区平安巡逻");
        String demands = DEMAND_HEADER + "DEMO-002," + plain + ",四型社区创建" + suffix + ",一般," + wanted + ",\r\n"
                + "DEMO-002," + spaced + ",「四型」 社区创建" + suffix.toUpperCase() + ",一般," + wanted + ",\r\n";
        long id = upload(demands, "需求清单.csv");
        assertThat(problems(id)).isEmpty();
        confirm(id);
        assertThat(jdbc.queryForList("""
                select c.name from demand d join demand_category c on c.id = d.category_id where d.title in (?, ?)""",
                String.class, plain, spaced)).containsExactly("“四型”社区创建" + suffix, "“四型”社区创建" + suffix);

        String code = unique("SQ");
        mvc.perform(post("/objects/new").with(admin()).with(csrf()).param("kind", "COMMUNITY")
                .param("name", unique("金桥社区")).param("code", code)).andReturn();
        String group = Demo.TEAM + "/" + Demo.WELFARE + "/" + Demo.MEDICAL_GROUP;
        String terms = "合力小组,对象代码,开始日期,结束日期,帮扶重点\r\n" + group + "," + code + ","
                + LocalDate.now().minusMonths(1) + "," + LocalDate.now().plusMonths(13) + ",「四型」 社区创建\r\n";
        long pairing = upload(terms, "帮扶关系.csv");
        assertThat(problems(pairing)).isEmpty();
        confirm(pairing);
        assertThat(jdbc.queryForObject("""
                select r.focus from assistance_relationship r join assisted_object o on o.id = r.object_id
                where o.code = ?""", String.class, code)).isEqualTo("FOUR_TYPE_COMMUNITY");
    }

    /**
     * The preview's confirm carries a one-time key: a second confirm with it (a retry) imports nothing and says the
     * file was imported by the first.
     */
    @Test
    void aConfirmRepeatedWithItsKeyImportsOnce() throws Exception {
        String title = unique("村卫生室设备");
        String csv = DEMAND_HEADER + "DEMO-002," + title + ",基础设施,一般,,\r\n";
        long id = upload(csv, "需求清单.csv");
        String page = page("/imports/" + id);
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("name=\"formKey\"\\s+value=\"([0-9a-f-]{36})\"")
                .matcher(page.substring(page.indexOf("/confirm")));
        assertThat(key.find()).as("the confirm form's key").isTrue();
        long version = jdbc.queryForObject("select version from import_record where id = ?", Long.class, id);
        MvcResult first = mvc.perform(post("/imports/" + id + "/confirm").with(admin()).with(csrf())
                .param("version", String.valueOf(version)).param("formKey", key.group(1))).andReturn();
        assertThat(first.getFlashMap().get("success")).isEqualTo("import.confirm.queued");
        Jobs.awaitImport(jdbc, id);
        MvcResult again = mvc.perform(post("/imports/" + id + "/confirm").with(admin()).with(csrf())
                .param("version", String.valueOf(version)).param("formKey", key.group(1))).andReturn();
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/imports/" + id);
        assertThat(again.getFlashMap().get("failure")).isEqualTo("import.confirm.repeated");
        assertThat(count(title)).isEqualTo(1);
        assertThat(new Pages(mvc).follow(again, admin()).getResponse().getContentAsString())
                .contains("已导入，未重复提交");
    }

    private long upload(String csv, String fileName) throws Exception {
        MvcResult result = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", fileName, null,
                csv.getBytes(StandardCharsets.UTF_8))).param("kind", "").with(admin()).with(csrf())).andReturn();
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

    private long count(String title) {
        return jdbc.queryForObject("select count(*) from demand where title = ?", Long.class, title);
    }

    private long category(String code) {
        return jdbc.queryForObject("select id from demand_category where code = ?", Long.class, code);
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(admin())).andReturn().getResponse().getContentAsString();
    }
}
