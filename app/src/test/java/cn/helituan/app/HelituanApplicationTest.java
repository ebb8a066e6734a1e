package cn.helituan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The application starts on PostgreSQL, migrates, loads the demo county and lets the demo users in. */
class HelituanApplicationTest extends FullStackTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void demoCountyHasTheDocumentedShape() {
        String team = "/" + jdbc.queryForObject("select id from unit where name = ?", Long.class, Demo.TEAM) + "/%";
        assertThat(jdbc.queryForObject(
                "select count(*) from unit where kind = 'SUB_TEAM' and path like ? and created_by = 'system'",
                Long.class, team)).isEqualTo(3);
        assertThat(jdbc.queryForObject(
                "select count(*) from unit where kind = 'GROUP' and path like ? and created_by = 'system'",
                Long.class, team)).isEqualTo(8);
        assertThat(jdbc.queryForObject("""
                select count(distinct s.member_id) from membership s join unit u on u.id = s.unit_id
                where u.path like ? and s.created_by = 'system'""", Long.class, team)).isEqualTo(60);
        assertThat(jdbc.queryForList("select username from account order by id", String.class))
                .startsWith("admin", "subteam", "leader", "member", "secretary", "reviewer");
    }

    @Test
    void everyDemoAccountLogsInWithTheDemoPassword() throws Exception {
        for (String user : new String[] {"admin", "subteam", "leader", "member", "secretary", "reviewer"}) {
            mvc.perform(formLogin().user(user).password(Demo.PASSWORD)).andExpect(authenticated().withUsername(user));
        }
        mvc.perform(formLogin().user("admin").password("wrong1234")).andExpect(unauthenticated());
    }

    @Test
    void pagesNeedALogin() throws Exception {
        mvc.perform(get("/members")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }
}
