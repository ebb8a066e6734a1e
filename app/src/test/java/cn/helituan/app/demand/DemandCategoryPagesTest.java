package cn.helituan.app.demand;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The deployment's demand categories: the whole deployment's department adds, renames and archives them. */
class DemandCategoryPagesTest extends DemandTestBase {

    @Test
    void theDepartmentAddsACategoryWithItsKeywordsAndArchivesIt() throws Exception {
        String name = unique("文化旅游");
        MvcResult created = mvc.perform(post("/demand-categories").with(ADMIN).with(csrf()).param("name", name)
                .param("keywords", "旅游、民宿，文化  非遗").param("sortOrder", "95")).andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        long id = Pages.redirectId(created);
        assertThat(jdbc.queryForObject("select keywords from demand_category where id = ?", String.class, id))
                .as("however they were separated").isEqualTo("旅游,民宿,文化,非遗");
        assertThat(page("/demands/new", SECRETARY)).as("the form offers it").contains(name);

        MvcResult twin = mvc.perform(post("/demand-categories").with(ADMIN).with(csrf()).param("name", name)
                .param("sortOrder", "96")).andReturn();
        assertThat(twin.getResponse().getContentAsString()).contains("已有同名的类别");

        long demand = raise(SECRETARY, qingshan, "OTHER", unique("民宿改造"));
        jdbc.update("update demand set category_id = ? where id = ?", id, demand);
        long version = jdbc.queryForObject("select version from demand_category where id = ?", Long.class, id);
        mvc.perform(post("/demand-categories/" + id + "/archive").with(ADMIN).with(csrf())
                .param("version", String.valueOf(version)));
        assertThat(jdbc.queryForObject("select archived from demand_category where id = ?", Boolean.class, id))
                .isTrue();
        assertThat(page("/demands/new", SECRETARY)).as("gone from the form").doesNotContain(name);
        assertThat(page("/demands/" + demand, SECRETARY)).as("kept on the demand").contains(name);
        assertThat(page("/demand-categories/" + id, ADMIN)).contains("旅游,民宿,文化,非遗", "admin");
    }

    @Test
    void onlyTheWholeDeploymentsDepartmentChangesTheList() throws Exception {
        RequestPostProcessor teamAdmin = Pages.account(jdbc, "ORG_ADMIN", demo.unitId(Demo.TEAM), null);
        assertThat(page("/demand-categories", teamAdmin)).doesNotContain("id=\"category-form\"");
        long skills = category("SKILLS");
        String before = jdbc.queryForObject("select name from demand_category where id = ?", String.class, skills);
        for (RequestPostProcessor who : new RequestPostProcessor[] {teamAdmin, SUB_TEAM, LEADER, SECRETARY}) {
            int status = mvc.perform(post("/demand-categories/" + skills + "/edit").with(who).with(csrf())
                    .param("version", "0").param("name", "改名").param("sortOrder", "1")).andReturn().getResponse()
                    .getStatus();
            assertThat(status).isIn(403, 404);
            assertThat(mvc.perform(post("/demand-categories").with(who).with(csrf()).param("name", "新类别")
                    .param("sortOrder", "1")).andReturn().getResponse().getStatus()).isIn(403, 404);
        }
        assertThat(statusOf("/demand-categories", LEADER)).isEqualTo(403);
        assertThat(jdbc.queryForObject("select name from demand_category where id = ?", String.class, skills))
                .isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from demand_category where name = '新类别'", Long.class))
                .isZero();
    }
}
