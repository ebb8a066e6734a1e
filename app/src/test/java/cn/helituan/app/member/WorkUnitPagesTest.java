package cn.helituan.app.member;

import static cn.helituan.app.support.Pages.admin;
import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The list of dispatching units (派出单位): the org admin adds them once, with a name no other unit has. */
class WorkUnitPagesTest extends FullStackTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private long count(String name) {
        return jdbc.queryForObject("select count(*) from work_unit where lower(name) = lower(?)", Long.class, name);
    }

    @Test
    void aNewWorkUnitIsListedAndOfferedOnTheMemberFormAndInTheMemberFilter() throws Exception {
        String name = unique("县林业局");
        assertThat(mvc.perform(get("/members").with(admin())).andReturn().getResponse().getContentAsString())
                .as("the filter's choices are now cached").doesNotContain(">" + name + "<");

        MvcResult created = mvc.perform(post("/work-units/new").with(admin()).with(csrf())
                        .param("name", name).param("kind", "PARTY_GOVERNMENT"))
                .andExpect(redirectedUrl("/work-units"))
                .andExpect(flash().attribute("success", "flash.saved"))
                .andReturn();
        assertThat(new Pages(mvc).follow(created, admin()).getResponse().getContentAsString())
                .contains("已保存。", name);
        assertThat(jdbc.queryForObject("select kind from work_unit where name = ?", String.class, name))
                .isEqualTo("PARTY_GOVERNMENT");

        assertThat(mvc.perform(get("/members/new").with(admin())).andReturn().getResponse().getContentAsString())
                .contains(">" + name + "<");
        assertThat(mvc.perform(get("/members").with(admin())).andReturn().getResponse().getContentAsString())
                .as("the committed change reaches the cached filter at once").contains(">" + name + "</option>");
    }

    @Test
    void aSecondWorkUnitOfTheSameNameIsRefused() throws Exception {
        String name = unique("Agricultural Bank 县支行");
        mvc.perform(post("/work-units/new").with(admin()).with(csrf()).param("name", name).param("kind", "FINANCIAL"))
                .andExpect(redirectedUrl("/work-units"));

        for (String again : new String[] {name, " " + name.toUpperCase() + " "}) {
            String page = mvc.perform(post("/work-units/new").with(admin()).with(csrf())
                            .param("name", again).param("kind", "FINANCIAL"))
                    .andExpect(status().isOk())
                    .andExpect(view().name("work-units/form"))
                    .andExpect(model().attributeHasFieldErrorCode("workUnitForm", "name", "workUnit.name.taken"))
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("已有同名的派出单位。");
        }
        assertThat(count(name)).isEqualTo(1);
    }

    @Test
    void onlyTheOrgAdminAddsWorkUnits() throws Exception {
        String name = unique("县水利局");
        mvc.perform(get("/work-units").with(user("subteam").roles("SUB_TEAM_LEADER"))).andExpect(status().isOk());
        mvc.perform(post("/work-units/new").with(user("subteam").roles("SUB_TEAM_LEADER")).with(csrf())
                        .param("name", name).param("kind", "PARTY_GOVERNMENT"))
                .andExpect(status().isForbidden());
        assertThat(count(name)).isZero();
    }
}
