package cn.helituan.app.account;

import static cn.helituan.app.support.Pages.admin;
import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.team.UnitKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.List;

/**
 * Accounts as the org admin hands them out and their owners use them: a temporary password shown once, the forced
 * change at first login, the image challenge after three wrong passwords (known and unknown names alike) and the
 * admin's release, reset and change ending the other sessions, disable. Every test uses a fresh account; the demo
 * accounts are left alone.
 */
class AccountPagesTest extends FullStackTest {

    private static final String TEMPORARY = "([A-HJ-NP-Z][a-hjkmnp-z][2-9]){4}";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.session.FindByIndexNameSessionRepository<?> sessions;
    @Autowired
    Demo demo;

    Pages pages;
    long group;

    @BeforeEach
    void setUp() throws Exception {
        pages = new Pages(mvc);
        long sub = pages.createUnit(demo.unitId(Demo.TEAM), UnitKind.SUB_TEAM, unique("账号测试分团"));
        group = pages.createUnit(sub, UnitKind.GROUP, unique("账号测试小组"));
    }

    /** A new group-leader account for a new member; returns its id, username and temporary password. */
    private record NewAccount(long id, String username, String password) {
    }

    private NewAccount newAccount() throws Exception {
        String username = unique("zuzhang").replace('-', '_');
        MvcResult created = mvc.perform(post("/accounts/new").with(admin()).with(csrf())
                        .param("username", username).param("displayName", "测试组长").param("role", "GROUP_LEADER")
                        .param("scopeUnitId", Long.toString(group)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String password = (String) created.getFlashMap().get("newPassword");
        assertThat(password).matches(TEMPORARY);
        return new NewAccount(Pages.redirectId(created), username, password);
    }

    private long version(long accountId) {
        return jdbc.queryForObject("select version from account where id = ?", Long.class, accountId);
    }

    private MvcResult adminPost(String action, long accountId) throws Exception {
        return mvc.perform(post("/accounts/{id}/" + action, accountId).with(admin()).with(csrf())
                        .param("version", Long.toString(version(accountId))))
                .andExpect(redirectedUrl("/accounts/" + accountId))
                .andReturn();
    }

    private MockHttpSession logIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin().user(username).password(password))
                .andExpect(authenticated().withUsername(username))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private void changePassword(MockHttpSession session, String current, String next) throws Exception {
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", current).param("newPassword", next).param("confirmPassword", next))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("success", "flash.password.changed"));
    }

    @Test
    void anAccountForAMemberComesWithATemporaryPasswordShownOnce() throws Exception {
        String name = unique("账号成员");
        String mobile = Pages.mobile();
        long member = pages.createMember(name, mobile, group, demo.workUnitId("县商务局"));

        mvc.perform(get("/accounts/new").with(admin()).param("member", Long.toString(member)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("accountForm",
                        org.hamcrest.Matchers.hasProperty("username", org.hamcrest.Matchers.is(mobile))));

        MvcResult created = mvc.perform(post("/accounts/new").with(admin()).with(csrf())
                        .param("username", mobile).param("displayName", name).param("role", "GROUP_LEADER")
                        .param("scopeUnitId", Long.toString(group)).param("memberId", Long.toString(member)))
                .andExpect(flash().attribute("success", "flash.account.created"))
                .andReturn();
        long id = Pages.redirectId(created);
        String password = (String) created.getFlashMap().get("newPassword");
        assertThat(password).matches(TEMPORARY);

        String first = pages.follow(created, admin()).getResponse().getContentAsString();
        assertThat(first).contains("账号已创建。", "临时密码（只显示一次）", password, mobile, name, "小组组长", "待改密码");
        String again = mvc.perform(get("/accounts/{id}", id).with(admin())).andReturn().getResponse()
                .getContentAsString();
        assertThat(again).contains(mobile).doesNotContain(password).doesNotContain("临时密码");
        assertThat(jdbc.queryForObject("select member_id from account where id = ?", Long.class, id))
                .isEqualTo(member);

        mvc.perform(post("/accounts/new").with(admin()).with(csrf())
                        .param("username", mobile.toUpperCase()).param("displayName", name).param("role", "GROUP_LEADER")
                        .param("scopeUnitId", Long.toString(group)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("accountForm", "username", "account.username.taken"));
    }

    @Test
    void theFirstLoginLeadsToThePasswordChangeUntilAGoodPasswordIsSet() throws Exception {
        NewAccount account = newAccount();
        MockHttpSession session = logIn(account.username(), account.password());

        mvc.perform(get("/members").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
        assertThat(mvc.perform(get("/account/password").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("首次登录、密码被重置或已超过有效期");

        String weak = mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", account.password()).param("newPassword", "chayuanhao")
                        .param("confirmPassword", "chayuanhao"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "password.kinds"))
                .andReturn().getResponse().getContentAsString();
        assertThat(weak).contains("密码须包含大写字母、小写字母、数字、符号中的至少 3 种。");
        String common = mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", account.password()).param("newPassword", "Password123")
                        .param("confirmPassword", "Password123"))
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "password.common"))
                .andReturn().getResponse().getContentAsString();
        assertThat(common).contains("这是常见密码，容易被猜中，请换一个。");
        mvc.perform(get("/members").session(session)).andExpect(redirectedUrl("/account/password"));

        changePassword(session, account.password(), "Chayuan2026");
        mvc.perform(get("/members").session(session)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select must_change_password from account where id = ?", Boolean.class,
                account.id())).isFalse();

        MockHttpSession next = logIn(account.username(), "Chayuan2026");
        mvc.perform(get("/members").session(next)).andExpect(status().isOk());
        mvc.perform(formLogin().user(account.username()).password(account.password()))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    /** The list says every account's state in words: an active one is 正常, not an empty cell. */
    @Test
    void theAccountListNamesTheStateOfEveryAccount() throws Exception {
        NewAccount disabled = newAccount();
        adminPost("disable", disabled.id());
        for (String language : List.of("zh-CN", "en")) {
            String list = mvc.perform(get("/accounts").param("lang", language).with(admin())).andReturn()
                    .getResponse().getContentAsString();
            String table = list.substring(list.indexOf("id=\"accounts\""));
            Matcher row = Pattern.compile("<tr>\\s*<td><a href=\"/accounts/(\\d+)\"(.*?)</tr>",
                    Pattern.DOTALL).matcher(table);
            int rows = 0;
            while (row.find()) {
                rows++;
                long id = Long.parseLong(row.group(1));
                boolean enabled = jdbc.queryForObject("select enabled and (locked_until is null or locked_until"
                        + " < now()) from account where id = ?", Boolean.class, id);
                boolean zh = language.equals("zh-CN");
                String active = zh ? "正常" : "Active";
                if (enabled) {
                    assertThat(row.group(2)).as("the state of account %d", id).contains(active);
                } else {
                    assertThat(row.group(2)).as("the state of account %d", id).doesNotContain(active)
                            .containsAnyOf(zh ? "已停用" : "Disabled", zh ? "已锁定" : "Locked");
                }
            }
            assertThat(rows).as("accounts listed").isGreaterThan(5);
        }
    }

    /** Three wrong passwords, for a real name or a made-up one alike: the same answers, then the image challenge. */
    @Test
    void threeWrongPasswordsAskForTheImageChallengeForKnownAndUnknownNamesAlike() throws Exception {
        NewAccount account = newAccount();
        String madeUp = unique("nobody").replace('-', '_');
        for (String name : List.of(account.username(), madeUp)) {
            for (int i = 1; i <= 3; i++) {
                mvc.perform(formLogin().user(name).password("wrong" + i + "pass"))
                        .andExpect(unauthenticated())
                        .andExpect(redirectedUrl("/login?error"));
            }
        }
        // the right password alone is no longer enough, in a fresh browser too: the challenge is asked for, the
        // same for the made-up name, and there is no lock to wait out
        mvc.perform(signIn(madeUp, "whatever-1A", new MockHttpSession()))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?challenge"));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(signIn(account.username(), account.password(), session))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?challenge"));
        String page = mvc.perform(get("/login").param("challenge", "").session(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("请输入图形验证码后再登录", "/login/challenge.png",
                "value=\"" + account.username() + "\"");

        mvc.perform(get("/login/challenge.png").session(session)).andExpect(status().isOk());
        mvc.perform(signIn(account.username(), account.password(), session).param("challenge", "00000"))
                .andExpect(unauthenticated());
        mvc.perform(get("/login/challenge.png").session(session)).andExpect(status().isOk());
        String answer = answer(session);
        mvc.perform(signIn(account.username(), account.password(), session).param("challenge", answer))
                .andExpect(authenticated().withUsername(account.username()));
    }

    @Test
    void theAdminReleasesAnAccountFromTheChallenge() throws Exception {
        NewAccount account = newAccount();
        for (int i = 1; i <= 3; i++) {
            mvc.perform(formLogin().user(account.username()).password("wrong" + i + "pass"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        assertThat(mvc.perform(get("/accounts/{id}", account.id()).with(admin())).andReturn().getResponse()
                .getContentAsString()).contains("解除登录限制");

        MvcResult released = adminPost("unlock", account.id());
        assertThat(released.getFlashMap().get("success")).isEqualTo("flash.account.unlocked");
        assertThat(pages.follow(released, admin()).getResponse().getContentAsString())
                .contains("已解除登录限制").doesNotContain(">解除登录限制<");

        logIn(account.username(), account.password());
    }

    @Test
    void twoWrongPasswordsAndThenTheRightOneStartTheCountAgain() throws Exception {
        NewAccount account = newAccount();
        for (int i = 1; i <= 2; i++) {
            mvc.perform(formLogin().user(account.username()).password("wrong" + i + "pass"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        logIn(account.username(), account.password());
        for (int i = 3; i <= 4; i++) {
            mvc.perform(formLogin().user(account.username()).password("wrong" + i + "pass"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        logIn(account.username(), account.password());
    }

    /** The sign-in form posted in a session of the test's (the page's image challenge is kept in it). */
    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(
            String username, String password, MockHttpSession session) {
        return post("/login").session(session).with(csrf()).param("username", username).param("password", password);
    }

    /** The image's answer, as the session keeps it (what a person reads off the picture). */
    private String answer(MockHttpSession session) {
        Object answer = cn.helituan.app.support.TestSessions.attribute(sessions, session, "helituan.loginChallenge");
        assertThat(answer).as("an image was drawn").isNotNull();
        return (String) org.springframework.test.util.ReflectionTestUtils.invokeMethod(answer, "text");
    }

    @Test
    void aResetPasswordMustBeChangedAgainAndEndsTheAccountsSessions() throws Exception {
        NewAccount account = newAccount();
        MockHttpSession before = logIn(account.username(), account.password());
        changePassword(before, account.password(), "Chayuan2026");
        mvc.perform(get("/units").session(before)).andExpect(status().isOk());

        MvcResult reset = adminPost("reset-password", account.id());
        String temporary = (String) reset.getFlashMap().get("newPassword");
        assertThat(temporary).matches(TEMPORARY);
        assertThat(pages.follow(reset, admin()).getResponse().getContentAsString())
                .contains("密码已重置。", temporary);

        mvc.perform(get("/units").session(before)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(formLogin().user(account.username()).password("Chayuan2026"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        MockHttpSession session = logIn(account.username(), temporary);
        mvc.perform(get("/units").session(session)).andExpect(redirectedUrl("/account/password"));
        changePassword(session, temporary, "Baicha2027");
        mvc.perform(get("/units").session(session)).andExpect(status().isOk());
        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", "Baicha2027")
                        .param("newPassword", "Chayuan2026").param("confirmPassword", "Chayuan2026"))
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "password.reused"));
    }

    /**
     * One session an account (the default): a new sign-in ends the old one, whose next page says why; the owner's own
     * password change keeps the session that made it.
     */
    @Test
    void aNewSignInEndsTheOldSessionAndTheOwnChangeKeepsTheCurrentOne() throws Exception {
        NewAccount account = newAccount();
        MockHttpSession desk = logIn(account.username(), account.password());
        changePassword(desk, account.password(), "Chayuan2026");
        mvc.perform(get("/units").session(desk)).andExpect(status().isOk());

        MockHttpSession phone = logIn(account.username(), "Chayuan2026");
        mvc.perform(get("/units").session(desk)).andExpect(redirectedUrl("/login?expired"));
        assertThat(mvc.perform(get("/login").param("expired", "")).andReturn().getResponse().getContentAsString())
                .contains("本次登录已结束：账号已在别处登录，或密码已修改、重置。");
        changePassword(phone, "Chayuan2026", "Baicha2027x");
        mvc.perform(get("/units").session(phone)).andExpect(status().isOk());
    }

    @Test
    void aDisabledAccountCannotLogInNorUseItsOpenSession() throws Exception {
        NewAccount account = newAccount();
        MockHttpSession open = logIn(account.username(), account.password());
        changePassword(open, account.password(), "Chayuan2026");

        MvcResult disabled = adminPost("disable", account.id());
        assertThat(disabled.getFlashMap().get("success")).isEqualTo("flash.account.disabled");
        assertThat(pages.follow(disabled, admin()).getResponse().getContentAsString()).contains("账号已停用。", "已停用");

        mvc.perform(formLogin().user(account.username()).password("Chayuan2026"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?disabled"));
        assertThat(mvc.perform(get("/login").param("disabled", "")).andReturn().getResponse().getContentAsString())
                .contains("账号已停用，请联系组织部管理员。");
        mvc.perform(get("/members").session(open)).andExpect(status().isForbidden());

        adminPost("enable", account.id());
        logIn(account.username(), "Chayuan2026");
    }
}
