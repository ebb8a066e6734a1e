package cn.helituan.app.account;

import static cn.helituan.app.support.Pages.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.team.UnitKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * 在线会话 (issue 21): the org admin sees who is signed in — a fresh account after it signs in, named by user name and
 * display name — and ends its session; that session's next page is the sign-in page saying why. A made-up session is
 * no session (404).
 */
class AccountSessionsTest extends FullStackTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;

    @Test
    void theOrgAdminSeesWhoIsSignedInAndEndsASession() throws Exception {
        Pages pages = new Pages(mvc);
        long group = pages.createUnit(pages.createUnit(demo.unitId(Demo.TEAM), UnitKind.SUB_TEAM,
                Pages.unique("会话分团")), UnitKind.GROUP, Pages.unique("会话小组"));
        String username = Pages.unique("online").replace('-', '_');
        MvcResult created = mvc.perform(post("/accounts/new").with(admin()).with(csrf()).param("username", username)
                .param("displayName", "在线组长").param("role", "GROUP_LEADER")
                .param("scopeUnitId", Long.toString(group))).andReturn();
        String password = (String) created.getFlashMap().get("newPassword");

        String before = page();
        assertThat(before).doesNotContain(">" + username + "<");
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(username).password(password))
                .andReturn().getRequest().getSession(false);

        String online = page();
        assertThat(online).contains(">" + username + "<", "在线组长", "小组组长", "强制下线");
        Matcher end = Pattern.compile(">" + Pattern.quote(username) + "</a>.*?action=\"(/accounts/sessions/[0-9a-f]{16}"
                + "/end)\"", Pattern.DOTALL).matcher(online);
        assertThat(end.find()).as("an end button on the account's row").isTrue();

        mvc.perform(post(end.group(1)).with(admin()).with(csrf())).andExpect(redirectedUrl("/accounts/sessions"));
        mvc.perform(get("/account/password").session(session)).andExpect(redirectedUrl("/login?expired"));
        assertThat(page()).doesNotContain(">" + username + "<");

        mvc.perform(post("/accounts/sessions/0123456789abcdef/end").with(admin()).with(csrf()))
                .andExpect(status().isNotFound());
    }

    private String page() throws Exception {
        return mvc.perform(get("/accounts/sessions").with(admin())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }
}
