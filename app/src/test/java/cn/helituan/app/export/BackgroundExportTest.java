package cn.helituan.app.export;

import static cn.helituan.app.support.Pages.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.account.AccountService;
import cn.helituan.domain.common.Scope;
import cn.helituan.web.common.LargeExports;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A large export made in the background (the list's export above helituan.export.background-above rows queues it):
 * the job rebuilds the user's scope and the list's filters from what it kept, its page shows the progress and then
 * the download, and the file is the one the list's export sends at once — for its owner only.
 */
class BackgroundExportTest extends FullStackTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LargeExports large;
    @Autowired
    AccountService accounts;
    @Autowired
    Demo demo;

    private static List<List<String>> rows(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter format = new DataFormatter();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    // several names in a cell come in no set order (an activity's members): compared as sets
                    String text = cell == null ? "" : format.formatCellValue(cell);
                    cells.add(String.join("、", new java.util.TreeSet<>(List.of(text.split("、")))));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private MockHttpServletResponse open(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andReturn().getResponse();
    }

    @Test
    void anActivityExportMadeInTheBackgroundIsTheListsExportAndOnlyItsOwnerDownloadsIt() throws Exception {
        Scope admin = accounts.scopeOf("admin").orElseThrow();
        byte[] atOnce = open("/activities/export?status=CONFIRMED", admin()).getContentAsByteArray();
        List<List<String>> expected = rows(atOnce);
        assertThat(expected.size()).as("confirmed activities in the demo").isGreaterThan(2);

        long id = large.queue(admin, "activities", "status=CONFIRMED", expected.size() - 1, Locale.SIMPLIFIED_CHINESE);
        String page = open("/exports/" + id, admin()).getContentAsString();
        assertThat(page).contains("导出");

        Instant deadline = Instant.now().plusSeconds(60);
        while (!"true".equals(open("/exports/" + id + "/progress", admin()).getHeader("HX-Refresh"))) {
            assertThat(Instant.now()).as("the export ends").isBefore(deadline);
            Thread.sleep(20);
        }
        assertThat(jdbc.queryForMap("select status, done, total from background_job where id = ?", id))
                .containsEntry("status", "DONE").containsEntry("done", (long) expected.size() - 1)
                .containsEntry("total", (long) expected.size() - 1);
        String ready = open("/exports/" + id, admin()).getContentAsString();
        assertThat(ready).contains("id=\"download\"", "/exports/" + id + "/file").doesNotContain("id=\"job-progress\"");

        MockHttpServletResponse file = open("/exports/" + id + "/file", admin());
        assertThat(file.getHeader("Content-Disposition")).contains("attachment", "filename*=UTF-8''");
        assertThat(rows(file.getContentAsByteArray())).as("the same rows as the export sent at once")
                .isEqualTo(expected);

        RequestPostProcessor anotherAdmin = Pages.account(jdbc, "ORG_ADMIN", null, null);
        for (String url : List.of("/exports/" + id, "/exports/" + id + "/progress", "/exports/" + id + "/file")) {
            assertThat(open(url, anotherAdmin).getStatus()).as("another admin: " + url).isEqualTo(404);
        }
    }

    /**
     * An export belongs to its owner's scope when they asked for it: an admin of the whole deployment who exports,
     * and is then made the admin of one team, no longer opens the deployment-wide file.
     */
    @Test
    void anExportIsNoLongerHandedOutOnceItsOwnersScopeWasNarrowed() throws Exception {
        String username = Pages.unique("narrowed");
        jdbc.update("""
                insert into account (username, password_hash, display_name, role, must_change_password, created_at)
                values (?, 'x', '收窄', 'ORG_ADMIN', false, now())""", username);
        RequestPostProcessor owner = user(username).roles("ORG_ADMIN");
        Scope wide = accounts.scopeOf(username).orElseThrow();
        long id = large.queue(wide, "activities", "status=CONFIRMED", 3, Locale.SIMPLIFIED_CHINESE);
        Instant deadline = Instant.now().plusSeconds(60);
        while (!"DONE".equals(jdbc.queryForObject("select status from background_job where id = ?", String.class,
                id))) {
            assertThat(Instant.now()).as("the export ends").isBefore(deadline);
            Thread.sleep(20);
        }
        assertThat(open("/exports/" + id, owner).getContentAsString()).contains("id=\"download\"");
        assertThat(open("/exports/" + id + "/file", owner).getStatus()).isEqualTo(200);

        jdbc.update("update account set scope_unit_id = ? where username = ?", demo.unitId(Demo.TEAM), username);
        for (String url : List.of("/exports/" + id, "/exports/" + id + "/progress", "/exports/" + id + "/file")) {
            assertThat(open(url, owner).getStatus()).as("narrowed to one team: " + url).isEqualTo(404);
        }
    }
}
