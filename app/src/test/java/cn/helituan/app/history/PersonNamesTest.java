package cn.helituan.app.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.history.PersonNames;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Where a record keeps who did something, the pages show the person's name (the account's display name), not the
 * user name: the demand's raiser, an activity's confirmations, the plan's approver, the self-assessment, the
 * notification's publisher, the menu's user link — on the demo county, whose steps its people took.
 */
class PersonNamesTest extends FullStackTest {

    private static final RequestPostProcessor ADMIN = user("admin").roles("ORG_ADMIN");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;
    @Autowired
    PersonNames personNames;

    @Test
    void theDemandNamesThePersonWhoRaisedIt() throws Exception {
        long id = jdbc.queryForObject("select id from demand where title = '茶园病虫害防治技术缺乏'", Long.class);
        assertThat(jdbc.queryForObject("select created_by from demand where id = ?", String.class, id))
                .isEqualTo("secretary");
        assertThat(Pages.after(page("/demands/" + id), "提出人", 120)).contains("青山村第一书记")
                .doesNotContain("secretary");
    }

    @Test
    void anActivitysConfirmationsNameWhoAnswered() throws Exception {
        long id = jdbc.queryForObject("select id from activity where title = '茶园春季修剪技术培训'", Long.class);
        assertThat(Pages.after(page("/activities/" + id), "id=\"confirmations\"", 800)).contains("青山村第一书记")
                .doesNotContain("secretary ·");
    }

    @Test
    void thePlanNamesItsApproverAndTheEvaluationItsSelfAssessor() throws Exception {
        String subTeamLeader = displayName("subteam");
        String leader = displayName("leader");
        long tea = demo.unitId(Demo.TEA_GROUP);
        long plan = jdbc.queryForObject("select id from annual_plan where group_id = ? and year = ?", Long.class, tea,
                LocalDate.now().getYear());
        assertThat(page("/plans/" + plan)).contains(subTeamLeader + " 于").doesNotContain("subteam 于");

        long round = jdbc.queryForObject("select round_id from evaluation_entry where group_id = ? and "
                + "self_assessed_by = 'leader'", Long.class, tea);
        assertThat(Pages.after(page("/evaluations/" + round + "/groups/" + tea), "id=\"self-assessment\"", 400))
                .contains("（" + leader + "）").doesNotContain("（leader）");
    }

    @Test
    void theNotificationNamesWhoGeneratedAndPublishedIt() throws Exception {
        long id = jdbc.queryForObject("""
                select id from monthly_notification where status = 'PUBLISHED' and published_by = 'admin'
                order by id limit 1""", Long.class);
        assertThat(Pages.after(page("/notifications/" + id), "id=\"notification-state\"", 400))
                .contains("（组织部管理员）").doesNotContain("（admin）");
    }

    @Test
    void theMenuShowsThePersonsNameWithTheUserNameInItsTitle() throws Exception {
        MvcResult login = mvc.perform(formLogin().user("leader").password(Demo.PASSWORD)).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        String home = mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString();
        String link = Pages.after(home, "id=\"nav-user\"", 200);
        assertThat(link).contains("title=\"leader · 修改密码\"", ">" + displayName("leader") + "</a>");
    }

    @Test
    void aUserNameWithoutAnAccountStaysAsItIs() {
        PersonNames.Names names = personNames.of(List.of("LEADER", "system", "retired-clerk"));
        assertThat(names.of("leader")).isEqualTo(displayName("leader"));
        assertThat(names.of("system")).isEqualTo("system");
        assertThat(names.of("retired-clerk")).isEqualTo("retired-clerk");
        assertThat(names.of(null)).isNull();
    }

    private String displayName(String username) {
        return jdbc.queryForObject("select display_name from account where username = ?", String.class, username);
    }

    private String page(String url) throws Exception {
        MvcResult result = mvc.perform(get(url).with(ADMIN)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }
}
