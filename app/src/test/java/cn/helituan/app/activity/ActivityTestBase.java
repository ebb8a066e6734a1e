package cn.helituan.app.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the activity tests share: the demo county's users, its tea group with its village 青山村 (DEMO-001), the
 * research-visit type, and reading a page as a user.
 */
abstract class ActivityTestBase extends FullStackTest {

    static final RequestPostProcessor ADMIN = user("admin").roles("ORG_ADMIN");
    static final RequestPostProcessor SUB_TEAM = user("subteam").roles("SUB_TEAM_LEADER");
    static final RequestPostProcessor LEADER = user("leader").roles("GROUP_LEADER");
    static final RequestPostProcessor MEMBER = user("member").roles("MEMBER");
    static final RequestPostProcessor SECRETARY = user("secretary").roles("FIRST_SECRETARY");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;

    long tea;
    long qingshan;
    long visitType;

    @BeforeEach
    void demoIds() {
        tea = demo.unitId(Demo.TEA_GROUP);
        qingshan = objectId("DEMO-001");
        visitType = jdbc.queryForObject("select id from activity_type where code = 'RESEARCH_VISIT'", Long.class);
    }

    long objectId(String code) {
        return jdbc.queryForObject("select id from assisted_object where code = ?", Long.class, code);
    }

    /** The page as the user sees it, which must be there for them (200). */
    String page(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    int status(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andReturn().getResponse().getStatus();
    }
}
