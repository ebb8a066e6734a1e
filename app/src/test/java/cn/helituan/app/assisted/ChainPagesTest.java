package cn.helituan.app.assisted;

import static cn.helituan.app.support.Pages.admin;
import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The deployment's industrial chains: kept by org admins, read by whoever reads the register. */
class ChainPagesTest extends FullStackTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private long chainId(String name) {
        return jdbc.queryForObject("select id from industrial_chain where name = ?", Long.class, name);
    }

    @Test
    void anAdminAddsRenamesAndArchivesAChainAndItsHistoryShows() throws Exception {
        String name = unique("新能源汽车产业链");
        mvc.perform(post("/chains").with(admin()).with(csrf()).param("name", name))
                .andExpect(status().is3xxRedirection());
        long id = chainId(name);
        assertThat(mvc.perform(get("/objects/new?kind=ENTERPRISE").with(admin())).andReturn().getResponse()
                .getContentAsString()).as("offered on the enterprise form").contains(">" + name + "<");

        mvc.perform(post("/chains").with(admin()).with(csrf()).param("name", " " + name + " "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("chainForm", "name", "chain.name.taken"));
        mvc.perform(post("/chains/" + id + "/edit").with(admin()).with(csrf()).param("name", name + "（改）")
                .param("version", "0")).andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/chains/" + id).with(admin())).andReturn().getResponse().getContentAsString();
        assertThat(Pages.after(page, "id=\"history\"", 3000)).contains(name, name + "（改）", "组织部管理员");

        MvcResult stale = mvc.perform(post("/chains/" + id + "/archive").with(admin()).with(csrf())
                .param("version", "0")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(new Pages(mvc).follow(stale, admin()).getResponse().getContentAsString())
                .as("archiving what was renamed meanwhile").contains("在您编辑期间，此记录已被他人修改");
        MvcResult archived = mvc.perform(post("/chains/" + id + "/archive").with(admin()).with(csrf())
                .param("version", "1")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(archived.getResponse().getRedirectedUrl()).isEqualTo("/chains");
        assertThat(jdbc.queryForObject("select archived from industrial_chain where id = ?", Boolean.class, id))
                .isTrue();
    }

    @Test
    void aChainWithEnterprisesIsNotArchivedAndOnlyAdminsChangeChains() throws Exception {
        long tea = chainId("茶产业链");
        long version = jdbc.queryForObject("select version from industrial_chain where id = ?", Long.class, tea);
        MvcResult refused = mvc.perform(post("/chains/" + tea + "/archive").with(admin()).with(csrf())
                .param("version", String.valueOf(version))).andReturn();
        assertThat(new Pages(mvc).follow(refused, admin()).getResponse().getContentAsString())
                .contains("还有企业属于该产业链，不能撤销。");

        RequestPostProcessor reviewer = user("reviewer").roles("REVIEWER");
        assertThat(mvc.perform(get("/chains").with(reviewer)).andReturn().getResponse().getContentAsString())
                .contains("茶产业链").doesNotContain("id=\"chain-form\"");
        long before = jdbc.queryForObject("select count(*) + coalesce(sum(version), 0) from industrial_chain", Long.class);
        for (RequestPostProcessor who : new RequestPostProcessor[] {reviewer, user("leader").roles("GROUP_LEADER"),
            user("secretary").roles("FIRST_SECRETARY")}) {
            assertThat(mvc.perform(post("/chains").with(who).with(csrf()).param("name", "越权产业链"))
                    .andReturn().getResponse().getStatus()).isEqualTo(403);
            assertThat(mvc.perform(post("/chains/" + tea + "/edit").with(who).with(csrf()).param("name", "改名")
                    .param("version", String.valueOf(version))).andReturn().getResponse().getStatus()).isEqualTo(403);
            assertThat(mvc.perform(post("/chains/" + tea + "/archive").with(who).with(csrf())
                    .param("version", String.valueOf(version))).andReturn().getResponse().getStatus()).isIn(403, 404);
        }
        mvc.perform(get("/chains").with(user("leader").roles("GROUP_LEADER"))).andExpect(status().isForbidden());
        mvc.perform(get("/chains/999999").with(admin())).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) + coalesce(sum(version), 0) from industrial_chain", Long.class))
                .isEqualTo(before);
    }
}
