package cn.helituan.app.casebook;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Jobs;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.contest.ContestPhotos;
import cn.helituan.domain.demand.ProjectService;
import cn.helituan.domain.photo.PhotoUpload;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The case library through the pages: a case drafted by the industry sub-team's leader from the demo town contest's
 * first stop (pre-filled), citing the e-commerce group's project's progress; the record changes after drafting, the
 * page says so and publishing is refused until the author takes the new value; once published every account finds it
 * by text, theme, town, kind and year.
 */
class CaseTest extends FullStackTest {

    static final RequestPostProcessor SUB_TEAM = user("subteam").roles("SUB_TEAM_LEADER");
    static final RequestPostProcessor ADMIN = user("admin").roles("ORG_ADMIN");
    static final RequestPostProcessor MEMBER = user("member").roles("MEMBER");
    static final RequestPostProcessor SECRETARY = user("secretary").roles("FIRST_SECRETARY");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectService projects;
    @Autowired
    ContestPhotos stopPhotos;

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

    /** The first stop of the demo's published town contest: 青山村. */
    long qingshanStop() {
        return jdbc.queryForObject("""
                select s.id from contest_stop s join contest_round r on r.id = s.round_id
                join assisted_object o on o.id = s.object_id
                where r.status = 'PUBLISHED' and r.level = 'TOWN' and o.name = '青山村' order by s.id limit 1""",
                Long.class);
    }

    String version(long id) {
        return jdbc.queryForObject("select version::text from case_study where id = ?", String.class, id);
    }

    @Test
    void aCaseDraftedFromAStopCitesARecordIsRefusedWhileItsFigureChangedAndIsFoundOncePublished() throws Exception {
        long stop = qingshanStop();
        String form = page("/cases/new?stop=" + stop, SUB_TEAM);
        assertThat(form).contains("青山村：产业振兴", "来源：擂台比武", "擂台比武得分");

        String title = unique("青山村茶园案例");
        long village = jdbc.queryForObject("select id from assisted_object where code = 'DEMO-001'", Long.class);
        MvcResult drafted = send(post("/cases/new"), SUB_TEAM, "title", title, "objectId", String.valueOf(village),
                "theme", "产业振兴", "year", "2026", "problem", "茶园老化", "actions", "改造低产茶园，开通 O2O 直销",
                "results", "茶农增收", "source", "擂台比武：测试", "stopId", String.valueOf(stop));
        assertThat(drafted.getResponse().getRedirectedUrl()).startsWith("/cases/");
        long id = jdbc.queryForObject("select id from case_study where title = ?", Long.class, title);
        assertThat(jdbc.queryForObject("select status from case_study where id = ?", String.class, id))
                .isEqualTo("DRAFT");
        // a draft is not the library's: a member and a village's secretary do not find it or open it
        assertThat(page("/cases?q=" + title, MEMBER)).doesNotContain("href=\"/cases/" + id + "\"");
        assertThat(mvc.perform(get("/cases/" + id).with(SECRETARY)).andReturn().getResponse().getStatus())
                .isEqualTo(404);

        // a figure of a record outside the sub-team (the medical group's project) is refused
        long medical = jdbc.queryForObject("""
                select min(p.id) from project p join unit u on u.id = p.group_id where u.name = '医疗帮扶合力小组'""",
                Long.class);
        assertThat(send(post("/cases/" + id + "/figures"), SUB_TEAM, "measure", "PROJECT_PROGRESS", "recordId",
                String.valueOf(medical)).getFlashMap().get("failure")).isEqualTo("casebook.figure.record");
        // the e-commerce group's project's progress, as it stands when drafted
        long project = jdbc.queryForObject("""
                select p.id from project p join unit u on u.id = p.group_id
                where u.name = '电商带货服务队' and p.status = 'ACTIVE' order by p.id limit 1""", Long.class);
        int before = jdbc.queryForObject("select progress from project where id = ?", Integer.class, project);
        assertThat(send(post("/cases/" + id + "/figures"), SUB_TEAM, "measure", "PROJECT_PROGRESS", "recordId",
                String.valueOf(project)).getFlashMap().get("success")).isEqualTo("flash.saved");
        assertThat(jdbc.queryForObject("select value::int from case_figure where case_id = ?", Integer.class, id))
                .isEqualTo(before);

        assertThat(send(post("/cases/" + id + "/submit"), SUB_TEAM, "version", version(id)).getFlashMap()
                .get("success")).isEqualTo("flash.case.submitted");
        // the project moves on after drafting
        long projectVersion = jdbc.queryForObject("select version from project where id = ?", Long.class, project);
        int after = before == 55 ? 60 : 55;
        projects.progress(Scope.system(), project, projectVersion, after, "测试进度");
        assertThat(page("/cases/" + id, ADMIN)).contains("已变更，现为 " + after, "figures-changed");
        MvcResult refused = send(post("/cases/" + id + "/publish"), ADMIN, "version", version(id));
        assertThat(refused.getFlashMap().get("failure")).isEqualTo("casebook.figure.changed");
        assertThat(jdbc.queryForObject("select status from case_study where id = ?", String.class, id))
                .isEqualTo("SUBMITTED");
        String message = mvc.perform(get("/cases/" + id).with(ADMIN).flashAttr("failure", "casebook.figure.changed")
                .flashAttr("failureArgs", refused.getFlashMap().get("failureArgs"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(message).contains("以下数据与记录现在的值不一致，不能发布");

        // before it is published the org admin finds it among every case (no visibility condition for them), by
        // text and by a two-character word too; a member does not
        for (String url : List.of("/cases", "/cases?q=低产茶园", "/cases?q=茶园", "/cases?status=SUBMITTED")) {
            assertThat(page(url, ADMIN)).as(url).contains("href=\"/cases/" + id + "\"");
            assertThat(page(url, MEMBER)).as(url).doesNotContain("href=\"/cases/" + id + "\"");
        }
        assertThat(org.jsoup.Jsoup.parse(page("/cases", ADMIN)).getElementById("case-count").text())
                .contains(String.valueOf(jdbc.queryForObject("select count(*) from case_study", Long.class)));

        // the author takes the value now; the admin publishes
        long figure = jdbc.queryForObject("select id from case_figure where case_id = ?", Long.class, id);
        send(post("/cases/" + id + "/figures/" + figure + "/refresh"), SUB_TEAM);
        assertThat(jdbc.queryForObject("select value::int from case_figure where id = ?", Integer.class, figure))
                .isEqualTo(after);
        assertThat(send(post("/cases/" + id + "/publish"), SUB_TEAM, "version", version(id)).getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(send(post("/cases/" + id + "/publish"), ADMIN, "version", version(id)).getFlashMap()
                .get("success")).isEqualTo("flash.case.published");

        // every account reads it; the search finds it by text, theme, town, kind and year
        long town = jdbc.queryForObject("select id from region where code = 'DEMO-R01'", Long.class);
        assertThat(page("/cases/" + id, SECRETARY)).contains(title, "茶园老化", "id=\"print-case\"", "data-print");
        assertThat(page("/cases?q=低产茶园", SECRETARY)).contains("href=\"/cases/" + id + "\"");
        assertThat(page("/cases?q=o2o", SECRETARY)).contains("href=\"/cases/" + id + "\"");
        // two characters (no trigram): found through the case's character pairs, whatever the Latin letters' case
        assertThat(page("/cases?q=茶园", SECRETARY)).contains("href=\"/cases/" + id + "\"");
        assertThat(page("/cases?q=O2", SECRETARY)).contains("href=\"/cases/" + id + "\"");
        assertThat(page("/cases?q=茶海", SECRETARY)).doesNotContain("href=\"/cases/" + id + "\"");
        assertThat(page("/cases?theme=产业振兴&town=" + town + "&kind=VILLAGE&year=2026", MEMBER)).contains(title);
        // the town filter lists only the chosen town, named with its county; others are found by typing
        String townName = jdbc.queryForObject("select name from region where id = ?", String.class, town);
        String county = jdbc.queryForObject("select c.name from region t join region c on c.id = t.parent_id"
                + " where t.id = ?", String.class, town);
        assertThat(org.jsoup.Jsoup.parse(page("/cases?town=" + town, MEMBER)).select("#town option").eachText())
                .containsExactly("全部乡镇", townName + "（" + county + "）");
        assertThat(org.jsoup.Jsoup.parse(page("/cases", MEMBER)).select("#town option")).hasSize(1);
        assertThat(page("/cases/town-choices?q=" + townName, MEMBER))
                .contains("{\"value\":\"" + town + "\",\"text\":\"" + townName + "（" + county + "）\"}");
        assertThat(page("/cases/town-choices?q=" + county, MEMBER)).contains("\"value\":\"" + town + "\"");
        assertThat(page("/cases/town-choices?q=", MEMBER)).isEqualTo("[]");
        assertThat(page("/cases?theme=产业振兴&year=2025", MEMBER)).doesNotContain(title);
        assertThat(page("/cases?kind=ENTERPRISE", MEMBER)).doesNotContain(title);
        assertThat(page("/cases?q=不存在的文字", MEMBER)).doesNotContain(title);
        // a published case does not change any more
        assertThat(send(post("/cases/" + id + "/edit"), SUB_TEAM, "title", "改", "theme", "改", "year", "2026",
                "version", version(id)).getResponse().getStatus()).isEqualTo(403);
        MvcResult export = mvc.perform(get("/cases/export?q=低产茶园").with(MEMBER)).andReturn();
        assertThat(export.getResponse().getContentType()).contains("spreadsheetml");
    }

    @Test
    void aMemberOrASecretaryDraftsNothing() throws Exception {
        assertThat(mvc.perform(get("/cases/new").with(MEMBER)).andReturn().getResponse().getStatus()).isEqualTo(403);
        long cases = jdbc.queryForObject("select count(*) from case_study", Long.class);
        assertThat(send(post("/cases/new"), SECRETARY, "title", "书记的案例", "theme", "产业", "year", "2026")
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from case_study", Long.class)).isEqualTo(cases);
        // bad input: the form's own messages, nothing written
        MvcResult blank = send(post("/cases/new"), SUB_TEAM, "title", "", "theme", "", "year", "abc");
        assertThat(blank.getResponse().getStatus()).isEqualTo(200);
        assertThat(blank.getResponse().getContentAsString()).contains("is-invalid");
        assertThat(jdbc.queryForObject("select count(*) from case_study", Long.class)).isEqualTo(cases);
    }

    /** A real photo (a tea garden's, with its EXIF), as the pages check it. */
    static byte[] jpeg() throws java.io.IOException {
        return new org.springframework.core.io.ClassPathResource("photos/tea-garden-exif.jpg").getContentAsByteArray();
    }

    MvcResult upload(long id, RequestPostProcessor who) throws Exception {
        return mvc.perform(multipart("/cases/" + id + "/photos").file(new MockMultipartFile("photos", "现场.jpg",
                "image/jpeg", jpeg())).with(who).with(csrf())).andReturn();
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void aCaseOfAChosenGroupHasPhotosThatNoLongerChangeOncePublishedAndAPickerOfRecordsInScope() throws Exception {
        long ecommerce = count("select id from unit where name = '电商带货服务队'");
        long welfare = count("select id from unit where name = '民生服务分团'");
        String form = page("/cases/new", SUB_TEAM);
        assertThat(form).contains("电商带货服务队", "茶产业合力小组").doesNotContain("医疗帮扶合力小组");
        // a unit outside the sub-team is refused on its field, nothing written
        String title = unique("电商案例");
        long cases = count("select count(*) from case_study");
        MvcResult outside = send(post("/cases/new"), SUB_TEAM, "title", title, "theme", "电商", "year", "2026",
                "unitId", String.valueOf(welfare));
        assertThat(outside.getResponse().getContentAsString()).contains("这个单位不在您的范围内");
        assertThat(count("select count(*) from case_study")).isEqualTo(cases);
        send(post("/cases/new"), SUB_TEAM, "title", title, "theme", "电商", "year", "2026",
                "unitId", String.valueOf(ecommerce));
        long id = count("select id from case_study where title = ?", title);
        assertThat(count("select unit_id from case_study where id = ?", id)).isEqualTo(ecommerce);

        // the picker lists the sub-team's records, not another's; a figure is cited by picking one
        String ownProject = jdbc.queryForObject("""
                select p.title from project p join unit u on u.id = p.group_id where u.name = '电商带货服务队'
                order by p.starts_on desc, p.id desc limit 1""", String.class);
        String otherProject = jdbc.queryForObject("""
                select p.title from project p join unit u on u.id = p.group_id where u.name = '医疗帮扶合力小组'
                order by p.id limit 1""", String.class);
        String picks = page("/cases/" + id + "/records?measure=PROJECT_PROGRESS&q=", SUB_TEAM);
        assertThat(picks).contains(ownProject, "name=\"recordId\"").doesNotContain(otherProject);
        assertThat(page("/cases/" + id + "/records?measure=PROJECT_PROGRESS&q=" + otherProject, SUB_TEAM))
                .contains("您的范围内没有匹配的记录").doesNotContain(otherProject);
        assertThat(mvc.perform(get("/cases/" + id + "/records?measure=abc").with(SUB_TEAM)).andReturn()
                .getResponse().getStatus()).isEqualTo(400);
        assertThat(page("/cases/" + id, SUB_TEAM)).contains("id=\"record-query\"", "record-pick");

        // photos: added while a draft, seen by whoever reads the case, one taken off (in the history)
        assertThat(upload(id, SUB_TEAM).getResponse().getRedirectedUrl()).isEqualTo("/cases/" + id + "#photos");
        upload(id, SUB_TEAM);
        long first = count("select min(id) from case_photo where case_id = ?", id);
        long second = count("select max(id) from case_photo where case_id = ?", id);
        String photos = "/cases/" + id + "/photos/";
        Jobs.awaitThumbnail(jdbc, "case_photo", first);
        assertThat(mvc.perform(get(photos + first + "?thumbnail=true").with(SUB_TEAM)).andReturn().getResponse()
                .getContentType()).isEqualTo("image/jpeg");
        assertThat(mvc.perform(get(photos + first).with(MEMBER)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        send(post(photos + second + "/remove"), SUB_TEAM);
        String shown = page("/cases/" + id, SUB_TEAM);
        assertThat(shown).contains(photos + first + "?thumbnail=true", "已移除")
                .doesNotContain(photos + second + "?thumbnail=true");

        send(post("/cases/" + id + "/submit"), SUB_TEAM, "version", version(id));
        send(post("/cases/" + id + "/publish"), ADMIN, "version", version(id));
        assertThat(mvc.perform(get(photos + first).with(MEMBER)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        // published: no photo added nor taken off, by the page or behind it
        assertThat(upload(id, SUB_TEAM).getFlashMap().get("photoErrors").toString()).contains("案例已发布");
        assertThat(send(post(photos + first + "/remove"), SUB_TEAM).getFlashMap().get("failure"))
                .isEqualTo("casebook.published");
        assertThat(count("select count(*) from case_photo where case_id = ? and not removed", id)).isEqualTo(1);
        assertThat(page("/cases/" + id, SUB_TEAM)).doesNotContain("id=\"photo-form\"");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                "update case_photo set removed = true where id = ?", first)).hasMessageContaining("published");
    }

    @Test
    void aCaseDraftedFromAStopStartsWithTheStopsPhotos() throws Exception {
        long stop = qingshanStop();
        byte[] jpeg = jpeg();
        stopPhotos.add(Scope.system(), stop, new PhotoUpload("image/jpeg", 64, 48, null, jpeg, jpeg));
        long onStop = count("select count(*) from contest_stop_photo where stop_id = ? and not removed", stop);
        String title = unique("点位照片案例");
        send(post("/cases/new"), SUB_TEAM, "title", title, "theme", "产业振兴", "year", "2026", "source", "擂台比武：测试",
                "stopId", String.valueOf(stop));
        long id = count("select id from case_study where title = ?", title);
        assertThat(count("select count(*) from case_photo where case_id = ? and from_stop_photo_id is not null", id))
                .isEqualTo(onStop).isPositive();
        long photo = count("select max(id) from case_photo where case_id = ?", id);
        assertThat(mvc.perform(get("/cases/" + id + "/photos/" + photo).with(SUB_TEAM)).andReturn().getResponse()
                .getContentAsByteArray()).isEqualTo(jpeg);
    }
}
