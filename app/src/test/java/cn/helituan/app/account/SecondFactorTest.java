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
import cn.helituan.app.support.TestClock;
import cn.helituan.domain.account.Totp;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * 二次验证 (issue 21), as a production deployment has it (required; the demo county turns it off): an org admin
 * enrols an authenticator at the first sign-in and signs in with its code from then on; a code is good once; a
 * recovery code stands in for a lost phone, once; five wrong codes end the half-signed-in session; the admin's reset
 * makes the next sign-in enrol again; a group leader is not asked.
 */
@TestPropertySource(properties = "helituan.security.second-factor-required=true")
class SecondFactorTest extends FullStackTest {

    private static final String PASSWORD = "Qingshan#2026tea";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    TestClock clock;
    @Autowired
    Demo demo;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anOrgAdminEnrolsAtTheFirstSignInAndThenSignsInWithTheAppsCode() throws Exception {
        clock.set(Instant.parse("2026-12-05T02:00:10Z"));
        String name = account("ORG_ADMIN", null);
        MockHttpSession session = signIn(name);

        // every page leads to the second step; the first time, to enrolment
        mvc.perform(get("/dashboard").session(session)).andExpect(secondStep());
        mvc.perform(get("/accounts").session(session)).andExpect(secondStep());
        mvc.perform(get("/login/second-factor").session(session))
                .andExpect(redirectedUrl("/login/second-factor/enrol"));
        String enrol = mvc.perform(get("/login/second-factor/enrol").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(enrol).contains("启用二次验证", "扫描二维码");
        String secret = secret(enrol);
        // the secret shown is kept in this session only until confirmed: one seen with a stolen password is not kept
        assertThat(jdbc.queryForObject("select totp_secret from account where username = ?", String.class, name))
                .isNull();
        mvc.perform(get("/login/second-factor/qr.png").session(session)).andExpect(status().isOk());

        String wrong = mvc.perform(post("/login/second-factor/enrol").session(session).with(csrf())
                        .param("code", otherThan(Totp.code(secret, step()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("验证码不正确或已用过");
        assertThat(enrolled(name)).isFalse();

        MvcResult confirmed = mvc.perform(post("/login/second-factor/enrol").session(session).with(csrf())
                        .param("code", Totp.code(secret, step())))
                .andExpect(redirectedUrl("/login/second-factor/codes")).andReturn();
        @SuppressWarnings("unchecked")
        List<String> codes = (List<String>) confirmed.getFlashMap().get("recoveryCodes");
        assertThat(codes).hasSize(10).allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}")).doesNotHaveDuplicates();
        assertThat(enrolled(name)).isTrue();
        MockHttpSession after = (MockHttpSession) confirmed.getRequest().getSession(false);
        mvc.perform(get("/dashboard").session(after)).andExpect(status().isOk());
        String mine = mvc.perform(get("/account/second-factor").session(after)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("还有 10 个未用的恢复码");

        // the next sign-in: the code of the step just used is refused (good once); the next step's is taken, and
        // the page first asked for follows
        MockHttpSession next = signIn(name);
        mvc.perform(get("/dashboard").session(next)).andExpect(secondStep());
        mvc.perform(get("/login/second-factor").session(next)).andExpect(status().isOk());
        assertThat(refused(next, Totp.code(secret, step()))).contains("验证码不正确或已用过");
        clock.set(Instant.parse("2026-12-05T02:00:40Z"));
        MvcResult in = mvc.perform(post("/login/second-factor").session(next).with(csrf())
                        .param("code", Totp.code(secret, step())))
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                        .startsWith("http://localhost/dashboard")).andReturn();
        mvc.perform(get("/dashboard").session((MockHttpSession) in.getRequest().getSession(false)))
                .andExpect(status().isOk());

        // a lost phone: a recovery code signs in once
        MockHttpSession lost = signIn(name);
        MvcResult recovered = mvc.perform(post("/login/second-factor").session(lost).with(csrf())
                .param("code", codes.get(3).toUpperCase())).andExpect(redirectedUrl("/")).andReturn();
        mvc.perform(get("/").session((MockHttpSession) recovered.getRequest().getSession(false)))
                .andExpect(status().isOk());
        MockHttpSession again = signIn(name);
        assertThat(refused(again, codes.get(3))).contains("验证码不正确或已用过");
        assertThat(jdbc.queryForObject("select count(*) from recovery_code c join account a on a.id = c.account_id"
                + " where a.username = ? and c.used_at is not null", Integer.class, name)).isEqualTo(1);
    }

    @Test
    void fiveWrongCodesEndTheHalfSignedInSession() throws Exception {
        clock.set(Instant.parse("2026-12-05T03:00:10Z"));
        String name = account("SUB_TEAM_LEADER", demo.unitId(Demo.INDUSTRY));
        String secret = enrol(name);
        MockHttpSession session = signIn(name);
        String wrong = otherThan(Totp.code(secret, step()));
        for (int i = 1; i < 5; i++) {
            assertThat(refused(session, wrong)).contains("还可再试 " + (5 - i) + " 次");
        }
        mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", wrong))
                .andExpect(redirectedUrl("/login?factorBlocked"));
        // the session is gone: its next page is the sign-in page
        mvc.perform(get("/").session(session)).andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                .endsWith("/login"));
        // the right code no longer helps within the window: the session is gone and a new one is refused too
        MockHttpSession next = signIn(name);
        mvc.perform(post("/login/second-factor").session(next).with(csrf()).param("code", Totp.code(secret, step())))
                .andExpect(redirectedUrl("/login?factorBlocked"));
    }

    @Test
    void theAdminsResetMakesTheNextSignInEnrolAgain() throws Exception {
        clock.set(Instant.parse("2026-12-05T04:00:10Z"));
        String name = account("ORG_ADMIN", null);
        enrol(name);
        long id = jdbc.queryForObject("select id from account where username = ?", Long.class, name);
        long version = jdbc.queryForObject("select version from account where id = ?", Long.class, id);
        String show = mvc.perform(get("/accounts/" + id).with(admin())).andReturn().getResponse().getContentAsString();
        assertThat(show).contains("已启用", "重置二次验证");
        mvc.perform(post("/accounts/" + id + "/second-factor/reset").with(admin()).with(csrf())
                .param("version", Long.toString(version))).andExpect(redirectedUrl("/accounts/" + id));
        assertThat(enrolled(name)).isFalse();
        String history = mvc.perform(get("/accounts/" + id).with(admin())).andReturn().getResponse()
                .getContentAsString();
        assertThat(history).contains("未启用");
        MockHttpSession session = signIn(name);
        mvc.perform(get("/login/second-factor").session(session))
                .andExpect(redirectedUrl("/login/second-factor/enrol"));
        // a stale reset (the version seen before) is refused
        mvc.perform(post("/accounts/" + id + "/second-factor/reset").with(admin()).with(csrf())
                .param("version", Long.toString(version))).andExpect(status().isConflict());
    }

    @Test
    void aGroupLeaderIsNotAsked() throws Exception {
        String name = account("GROUP_LEADER", demo.unitId(Demo.TEA_GROUP));
        MockHttpSession session = signIn(name);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        mvc.perform(get("/login/second-factor").session(session)).andExpect(redirectedUrl("/"));
        mvc.perform(get("/login/second-factor/qr.png").session(session)).andExpect(status().isNotFound());
    }

    /** The second step shown again with its message: not signed in further. */
    private String refused(MockHttpSession session, String code) throws Exception {
        return mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", code))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** Spring Security's redirect to the second step, naming the missing factor. */
    private static org.springframework.test.web.servlet.ResultMatcher secondStep() {
        return result -> assertThat(result.getResponse().getRedirectedUrl())
                .isEqualTo("/login/second-factor?factor.type=totp&factor.reason=missing");
    }

    /** Enrols through the pages and signs out; the secret. */
    private String enrol(String name) throws Exception {
        MockHttpSession session = signIn(name);
        String secret = secret(mvc.perform(get("/login/second-factor/enrol").session(session))
                .andReturn().getResponse().getContentAsString());
        mvc.perform(post("/login/second-factor/enrol").session(session).with(csrf())
                .param("code", Totp.code(secret, step()))).andExpect(redirectedUrl("/login/second-factor/codes"));
        clock.set(clock.instant().plusSeconds(30));
        return secret;
    }

    private MockHttpSession signIn(String name) throws Exception {
        MvcResult result = mvc.perform(formLogin().user(name).password(PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private String account(String role, Long unitId) {
        String name = Pages.unique("mfa").replace('-', '_');
        jdbc.update("""
                insert into account (username, password_hash, display_name, role, scope_unit_id, must_change_password,
                                     created_at, password_changed_at) values (?, ?, '二次验证测试', ?, ?, false, now(), now())""",
                name, encoder.encode(PASSWORD), role, unitId);
        return name;
    }

    private boolean enrolled(String name) {
        return jdbc.queryForObject("select totp_confirmed_at is not null from account where username = ?",
                Boolean.class, name);
    }

    private long step() {
        return Totp.step(clock.instant());
    }

    private static String secret(String page) {
        Matcher m = Pattern.compile("id=\"second-factor-secret\">([A-Z2-7 ]+)<").matcher(page);
        assertThat(m.find()).as("the secret shown for typing in").isTrue();
        return m.group(1).replace(" ", "");
    }

    private static String otherThan(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }
}
