package cn.helituan.app.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the demand tests share: the demo county's users, the tea group and its village 青山村 (DEMO-001, whose first
 * secretary is "secretary"), the categories, and raising, stepping and reading demands through the pages.
 */
abstract class DemandTestBase extends FullStackTest {

    static final RequestPostProcessor ADMIN = user("admin").roles("ORG_ADMIN");
    static final RequestPostProcessor SUB_TEAM = user("subteam").roles("SUB_TEAM_LEADER");
    static final RequestPostProcessor LEADER = user("leader").roles("GROUP_LEADER");
    static final RequestPostProcessor MEMBER = user("member").roles("MEMBER");
    static final RequestPostProcessor SECRETARY = user("secretary").roles("FIRST_SECRETARY");
    static final RequestPostProcessor REVIEWER = user("reviewer").roles("REVIEWER");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;

    long tea;
    long ecommerce;
    long qingshan;
    long shimen;

    @BeforeEach
    void demoIds() {
        tea = demo.unitId(Demo.TEA_GROUP);
        ecommerce = demo.unitId(Demo.ECOMMERCE_GROUP);
        qingshan = objectId("DEMO-001");
        shimen = objectId("DEMO-002");
    }

    long objectId(String code) {
        return jdbc.queryForObject("select id from assisted_object where code = ?", Long.class, code);
    }

    long category(String code) {
        return jdbc.queryForObject("select id from demand_category where code = ?", Long.class, code);
    }

    /** Raises a demand through the form and returns its id. */
    long raise(RequestPostProcessor who, long objectId, String categoryCode, String title) throws Exception {
        MvcResult result = mvc.perform(post("/demands/new").with(who).with(csrf())
                .param("objectId", String.valueOf(objectId)).param("categoryId", String.valueOf(category(categoryCode)))
                .param("title", title).param("urgency", "URGENT")
                .param("wantedBy", LocalDate.now().plusMonths(2).toString())).andReturn();
        assertThat(result.getResponse().getStatus()).as("raising " + title).isEqualTo(302);
        return Pages.redirectId(result);
    }

    /** A button of the demand's page (accept, solve, confirm…) with the demand's current version. */
    MvcResult step(long id, String action, RequestPostProcessor who, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post("/demands/" + id + "/" + action).with(who).with(csrf())
                .param("version", String.valueOf(version(id)));
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    /** The step's flash: its success key, or the rule that refused it. */
    static String flash(MvcResult result) {
        Object success = result.getFlashMap().get("success");
        return success != null ? (String) success : (String) result.getFlashMap().get("failure");
    }

    /** Accepts it and makes it the tea group's project, taking {@code amount} of the resource (if any). */
    long acceptAndMatch(long id, Long resourceId, String amount) throws Exception {
        assertThat(flash(step(id, "accept", ADMIN))).isEqualTo("flash.demand.accepted");
        MockHttpServletRequestBuilder request = post("/demands/" + id + "/match").with(ADMIN).with(csrf())
                .param("version", String.valueOf(version(id))).param("title", "项目 " + id)
                .param("groupId", String.valueOf(tea)).param("startsOn", LocalDate.now().toString())
                .param("deadline", LocalDate.now().plusMonths(3).toString()).param("budget", "5000");
        if (resourceId != null) {
            request.param("amounts[" + resourceId + "]", amount);
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as("matching").isEqualTo(302);
        return Pages.redirectId(result);
    }

    long version(long id) {
        return jdbc.queryForObject("select version from demand where id = ?", Long.class, id);
    }

    String status(long id) {
        return jdbc.queryForObject("select status from demand where id = ?", String.class, id);
    }

    Map<String, Object> row(long id) {
        return jdbc.queryForMap("select * from demand where id = ?", id);
    }

    /** A resource of the tea group's (declared by the admin through the form). */
    long resource(String categoryCode, String title, String capacity) throws Exception {
        MvcResult result = mvc.perform(post("/resources/new").with(ADMIN).with(csrf())
                .param("declaredBy", "group").param("groupId", String.valueOf(tea))
                .param("categoryId", String.valueOf(category(categoryCode))).param("title", title)
                .param("capacity", capacity).param("capacityUnit", "DAYS")).andReturn();
        assertThat(result.getResponse().getStatus()).as("declaring " + title).isEqualTo(302);
        return Pages.redirectId(result);
    }

    /** The page as the user sees it, which must be there for them (200). */
    String page(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    int statusOf(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andReturn().getResponse().getStatus();
    }
}
