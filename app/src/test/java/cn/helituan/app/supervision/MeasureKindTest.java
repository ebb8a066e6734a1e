package cn.helituan.app.supervision;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The kinds of measure against cadres are the department's list (issue 19, "configurable"): the whole deployment's
 * department adds one, records a measure of that kind, archives it (gone from the form, kept on the measure); nobody
 * else changes the list.
 */
class MeasureKindTest extends FullStackTest {

    private static final RequestPostProcessor ADMIN = user("admin").roles("ORG_ADMIN");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;

    @Test
    void theDepartmentAddsAKindRecordsAMeasureOfItAndArchivesIt() throws Exception {
        String name = unique("通报批评");
        MvcResult created = mvc.perform(post("/supervision/measure-kinds").with(ADMIN).with(csrf())
                .param("name", "  " + name + " ").param("sortOrder", "50")).andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        long kind = idIn(created);
        assertThat(jdbc.queryForObject("select name from supervision_measure_kind where id = ?", String.class, kind))
                .isEqualTo(name);
        assertThat(page("/supervision/measures/new", ADMIN)).as("the form offers it").contains(name);

        MvcResult twin = mvc.perform(post("/supervision/measure-kinds").with(ADMIN).with(csrf())
                .param("name", name).param("sortOrder", "60")).andReturn();
        assertThat(twin.getResponse().getStatus()).isEqualTo(422);
        assertThat(twin.getResponse().getContentAsString()).contains("已有同名的处理方式");

        long member = demo.memberIn(Demo.MEDICAL_GROUP);
        MvcResult recorded = mvc.perform(post("/supervision/measures/new").with(ADMIN).with(csrf())
                .param("memberId", String.valueOf(member)).param("kind", String.valueOf(kind))
                .param("basis", "年度考核不合格").param("decidedOn", LocalDate.now().minusDays(1).toString())
                .param("documentNo", unique("合组通"))).andReturn();
        assertThat(recorded.getResponse().getStatus()).isEqualTo(302);
        long measure = idIn(recorded);
        assertThat(page("/supervision/measures/" + measure, ADMIN)).contains(name);
        // the whole deployment's list: every measure, counted alone
        String all = page("/supervision/measures", ADMIN);
        assertThat(all).as("the list's total").contains("共 "
                + jdbc.queryForObject("select count(*) from supervision_measure", Long.class) + " 项组织处理");

        long version = jdbc.queryForObject("select version from supervision_measure_kind where id = ?", Long.class,
                kind);
        mvc.perform(post("/supervision/measure-kinds/" + kind + "/archive").with(ADMIN).with(csrf())
                .param("version", String.valueOf(version)));
        assertThat(jdbc.queryForObject("select archived from supervision_measure_kind where id = ?", Boolean.class,
                kind)).isTrue();
        assertThat(page("/supervision/measures/new", ADMIN)).as("gone from the form").doesNotContain(name);
        assertThat(page("/supervision/measures/" + measure, ADMIN)).as("kept on the measure").contains(name);
        assertThat(page("/supervision/measure-kinds/" + kind, ADMIN)).as("its history names who")
                .contains("admin");

        long measures = jdbc.queryForObject("select count(*) from supervision_measure", Long.class);
        MvcResult archivedKind = mvc.perform(post("/supervision/measures/new").with(ADMIN).with(csrf())
                .param("memberId", String.valueOf(member)).param("kind", String.valueOf(kind))
                .param("basis", "年度考核不合格").param("decidedOn", LocalDate.now().minusDays(1).toString())
                .param("documentNo", unique("合组通"))).andReturn();
        assertThat(archivedKind.getResponse().getStatus()).isEqualTo(422);
        assertThat(archivedKind.getResponse().getContentAsString()).contains("没有这种处理方式，或已停用");
        assertThat(jdbc.queryForObject("select count(*) from supervision_measure", Long.class)).isEqualTo(measures);
    }

    @Test
    void theSeededKindsReadInEnglishAndOnlyTheWholeDeploymentsDepartmentChangesTheList() throws Exception {
        long criticism = jdbc.queryForObject("select id from supervision_measure_kind where code = 'CRITICISM'",
                Long.class);
        String english = mvc.perform(get("/supervision/measure-kinds").with(ADMIN).param("lang", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Criticism", "Reminder talk");

        RequestPostProcessor teamAdmin = Pages.account(jdbc, "ORG_ADMIN", demo.unitId(Demo.TEAM), null);
        assertThat(page("/supervision/measure-kinds", teamAdmin)).doesNotContain("id=\"kind-form\"");
        String before = jdbc.queryForObject("select name from supervision_measure_kind where id = ?", String.class,
                criticism);
        for (RequestPostProcessor who : new RequestPostProcessor[] {teamAdmin, user("subteam").roles(
                "SUB_TEAM_LEADER"), user("inspector").roles("INSPECTOR")}) {
            int status = mvc.perform(post("/supervision/measure-kinds/" + criticism + "/edit").with(who).with(csrf())
                    .param("version", "0").param("name", "改名").param("sortOrder", "1")).andReturn().getResponse()
                    .getStatus();
            assertThat(status).isIn(403, 404);
        }
        assertThat(mvc.perform(get("/supervision/measure-kinds").with(user("inspector").roles("INSPECTOR")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(page("/supervision/measures", user("inspector").roles("INSPECTOR")))
                .as("no link to a page the inspector may not open").doesNotContain("/supervision/measure-kinds");
        assertThat(jdbc.queryForObject("select name from supervision_measure_kind where id = ?", String.class,
                criticism)).isEqualTo(before);
    }

    private static long idIn(MvcResult redirect) {
        String to = redirect.getResponse().getRedirectedUrl();
        return Long.parseLong(to.substring(to.lastIndexOf('/') + 1));
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }
}
