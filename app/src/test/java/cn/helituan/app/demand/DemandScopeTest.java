package cn.helituan.app.demand;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.Jobs;
import cn.helituan.app.support.Pages;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Scope on every endpoint of the three lists: another village's first secretary, another group's leader and a plain
 * member get "not found" or "refused" for what is not theirs, and the data stays as it was.
 */
class DemandScopeTest extends DemandTestBase {

    RequestPostProcessor otherSecretary;
    RequestPostProcessor otherLeader;
    long demand;
    long project;
    long resource;

    @BeforeEach
    void aMatchedDemandOfQingshan() throws Exception {
        otherSecretary = Pages.account(jdbc, "FIRST_SECRETARY", null, shimen);
        otherLeader = Pages.account(jdbc, "GROUP_LEADER", ecommerce, null);
        demand = raise(SECRETARY, qingshan, "SKILLS", unique("果树修剪培训"));
        resource = resource("SKILLS", unique("修剪培训名额"), "8");
        project = acceptAndMatch(demand, resource, "2");
    }

    /** No link leads a reader to a page it may not open: a village's account has no resource list, nor its form. */
    @Test
    void aFirstSecretaryIsNotLedToTheResourceList() throws Exception {
        assertThat(statusOf("/resources", SECRETARY)).isEqualTo(403);
        assertThat(statusOf("/resources/new", SECRETARY)).isEqualTo(403);
        assertThat(page("/demands", SECRETARY)).doesNotContain("href=\"/resources\"");
        assertThat(page("/demands", LEADER)).contains("href=\"/resources\"");
        assertThat(statusOf("/resources/new", LEADER)).isEqualTo(200);
    }

    @Test
    void anotherVillagesFirstSecretaryFindsNothing() throws Exception {
        assertThat(statusOf("/demands/" + demand, otherSecretary)).isEqualTo(404);
        assertThat(statusOf("/demands/" + demand + "/edit", otherSecretary)).isEqualTo(404);
        assertThat(statusOf("/demands?object=" + qingshan, otherSecretary)).isEqualTo(404);
        assertThat(page("/demands", otherSecretary)).doesNotContain("果树修剪培训");
        assertThat(statusOf("/projects/" + project, otherSecretary)).isEqualTo(404);
        assertThat(page("/projects", otherSecretary)).doesNotContain("项目 " + demand);
        assertThat(statusOf("/resources", otherSecretary)).isEqualTo(403);
        assertThat(statusOf("/resources/" + resource, otherSecretary)).isEqualTo(404);
        assertThat(page("/demands/new?object=" + qingshan, otherSecretary)).as("the form offers their own village")
                .contains("石门村").doesNotContain("青山村");
        unchangedAfter(otherSecretary, "solve", "confirm", "reopen", "accept", "unsolvable");
    }

    @Test
    void anotherGroupsLeaderFindsNothing() throws Exception {
        assertThat(statusOf("/demands/" + demand, otherLeader)).isEqualTo(404);
        assertThat(page("/demands", otherLeader)).doesNotContain("果树修剪培训");
        assertThat(statusOf("/projects/" + project, otherLeader)).isEqualTo(404);
        assertThat(page("/projects", otherLeader)).doesNotContain("项目 " + demand);
        assertThat(statusOf("/resources/" + resource, otherLeader)).as("another group's resource").isEqualTo(404);
        assertThat(statusOf("/demands/" + demand + "/match", otherLeader)).isEqualTo(404);
        unchangedAfter(otherLeader, "solve", "unsolvable", "accept", "review");
        long progress = progress();
        assertThat(mvc.perform(post("/projects/" + project + "/progress").with(otherLeader).with(csrf())
                .param("version", "0").param("progress", "50")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/projects/" + project + "/milestones").with(otherLeader).with(csrf())
                .param("title", "外人的节点").param("dueOn", LocalDate.now().plusDays(9).toString()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(progress()).isEqualTo(progress);
        assertThat(jdbc.queryForObject("select count(*) from project_milestone where project_id = ?", Long.class,
                project)).isZero();
        assertThat(mvc.perform(post("/resources/" + resource + "/archive").with(otherLeader).with(csrf())
                .param("version", "0")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select archived from resource where id = ?", Boolean.class, resource))
                .isFalse();
    }

    @Test
    void aPlainMemberReadsButDoesNotManage() throws Exception {
        assertThat(page("/demands/" + demand, MEMBER)).contains("果树修剪培训").doesNotContain("id=\"report-solved\"");
        assertThat(statusOf("/demands/" + demand + "/match", MEMBER)).isEqualTo(403);
        unchangedAfter(MEMBER, "accept", "decline", "solve", "confirm", "review", "unsolvable");
        assertThat(mvc.perform(post("/resources/" + resource + "/archive").with(MEMBER).with(csrf())
                .param("version", "0")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/resources/new").with(MEMBER).with(csrf()).param("declaredBy", "workUnit")
                .param("workUnitId", "1").param("categoryId", String.valueOf(category("SKILLS")))
                .param("title", "冒名申报").param("capacity", "1").param("capacityUnit", "DAYS"))
                .andReturn().getResponse().getStatus()).as("a member declares for no work unit").isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from resource where title = '冒名申报'", Long.class)).isZero();
        // the group's members log and record progress: that is their work
        assertThat(mvc.perform(post("/projects/" + project + "/progress").with(MEMBER).with(csrf())
                .param("version", String.valueOf(projectVersion())).param("progress", "40")
                .param("note", "第一期培训完成")).andReturn().getFlashMap().get("success"))
                .isEqualTo("flash.project.progress");
        assertThat(progress()).isEqualTo(40);
    }

    @Test
    void aReviewerReadsEverythingAndStepsNothing() throws Exception {
        assertThat(page("/demands/" + demand, REVIEWER)).contains("果树修剪培训");
        assertThat(page("/projects/" + project, REVIEWER)).contains("项目 " + demand);
        unchangedAfter(REVIEWER, "accept", "solve", "confirm", "review", "unsolvable");
    }

    @Test
    void theExportsHoldOnlyWhatTheUserReads() throws Exception {
        long shimenDemand = raise(otherSecretary, shimen, "CONSUMPTION", unique("核桃滞销"));
        String mine = workbook("/demands/export", SECRETARY);
        assertThat(mine).contains("果树修剪培训").doesNotContain("核桃滞销");
        String theirs = workbook("/demands/export", otherSecretary);
        assertThat(theirs).contains("核桃滞销").doesNotContain("果树修剪培训");
        assertThat(workbook("/projects/export", otherLeader)).doesNotContain("项目 " + demand);
        assertThat(workbook("/projects/export", LEADER)).contains("项目 " + demand);
        assertThat(workbook("/resources/export", LEADER)).contains("修剪培训名额");
        assertThat(workbook("/resources/export", otherLeader)).doesNotContain("修剪培训名额");
        assertThat(status(shimenDemand)).isEqualTo("RAISED");
    }

    @Test
    void aDemandsPhotosAreShownToWhoeverReadsItAndAddedByItsRaiser() throws Exception {
        byte[] jpeg = new org.springframework.core.io.ClassPathResource("photos/tea-garden-exif.jpg")
                .getContentAsByteArray();
        org.springframework.test.web.servlet.MvcResult added = mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                        "/demands/" + demand + "/photos").file(new org.springframework.mock.web.MockMultipartFile(
                        "photos", "road.jpg", "image/jpeg", jpeg)).with(SECRETARY).with(csrf())).andReturn();
        assertThat(added.getFlashMap().get("success")).isEqualTo("flash.activity.photos");
        long photo = jdbc.queryForObject("select id from demand_photo where demand_id = ?", Long.class, demand);
        String url = "/demands/" + demand + "/photos/" + photo;
        assertThat(mvc.perform(get(url).with(SECRETARY)).andReturn().getResponse().getContentAsByteArray())
                .isEqualTo(jpeg);
        Jobs.awaitThumbnail(jdbc, "demand_photo", photo);
        assertThat(mvc.perform(get(url + "?thumbnail=true").with(MEMBER)).andReturn().getResponse()
                .getContentType()).isEqualTo("image/jpeg");
        assertThat(statusOf(url, otherSecretary)).isEqualTo(404);
        assertThat(statusOf(url, otherLeader)).isEqualTo(404);
        org.springframework.test.web.servlet.MvcResult foreign = mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                        "/demands/" + demand + "/photos").file(new org.springframework.mock.web.MockMultipartFile(
                        "photos", "x.jpg", "image/jpeg", jpeg)).with(otherSecretary).with(csrf())).andReturn();
        assertThat(foreign.getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post(url + "/remove").with(MEMBER).with(csrf())).andReturn().getResponse()
                .getStatus()).as("a plain member does not take it off").isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from demand_photo where demand_id = ? and not removed",
                Long.class, demand)).isEqualTo(1);
        assertThat(page("/demands/" + demand, SECRETARY)).contains(url + "?thumbnail=true");
    }

    /** Each step, tried by the user, is refused (403 or 404) and the demand and its project are as they were. */
    private void unchangedAfter(RequestPostProcessor who, String... actions) throws Exception {
        Map<String, Object> before = row(demand);
        Map<String, Object> projectBefore = jdbc.queryForMap("select * from project where id = ?", project);
        for (String action : actions) {
            int status = step(demand, action, who, "reason", "越权", "agreed", "true").getResponse().getStatus();
            assertThat(status).as(action).isIn(403, 404);
        }
        assertThat(row(demand)).isEqualTo(before);
        assertThat(jdbc.queryForMap("select * from project where id = ?", project)).isEqualTo(projectBefore);
    }

    private long progress() {
        return jdbc.queryForObject("select progress from project where id = ?", Long.class, project);
    }

    private long projectVersion() {
        return jdbc.queryForObject("select version from project where id = ?", Long.class, project);
    }

    private String workbook(String url, RequestPostProcessor who) throws Exception {
        byte[] bytes = mvc.perform(get(url).with(who)).andReturn().getResponse().getContentAsByteArray();
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
        }
        return text.toString();
    }
}
