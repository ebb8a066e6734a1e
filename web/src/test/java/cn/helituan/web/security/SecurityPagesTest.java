package cn.helituan.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.helituan.web.WebSliceTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;

/** Who gets in where: the login page in both languages, the login redirect, CSRF, the admin-only pages. */
@WebMvcTest({LoginController.class, PasswordController.class})
class SecurityPagesTest extends WebSliceTest {

    @Test
    void loginPageIsInChineseByDefault() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(view().name("login"))
                .andExpect(content().string(containsString("<html lang=\"zh-CN\"")))
                .andExpect(content().string(containsString("干部人才合力团管理系统")))
                .andExpect(content().string(containsString("用户名")))
                .andExpect(content().string(not(containsString("Cadre-talent assistance teams"))));
    }

    @Test
    void langEnSwitchesToEnglishAndIsRemembered() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(content().string(containsString("Cadre-talent assistance teams")))
                .andExpect(content().string(containsString("Username")))
                .andExpect(content().string(not(containsString("干部人才合力团管理系统"))))
                .andExpect(cookie().value("helituan-lang", "en"));

        mvc.perform(get("/login").cookie(new Cookie("helituan-lang", "en")))
                .andExpect(content().string(containsString("Cadre-talent assistance teams")));
    }

    @Test
    void loginFailuresAreExplainedInChinese() throws Exception {
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(containsString("用户名或密码错误。连续输错 3 次后，登录须输入图形验证码。")))
                .andExpect(content().string(not(containsString("id=\"challenge\""))));
        mvc.perform(get("/login").param("expired", ""))
                .andExpect(content().string(containsString("本次登录已结束：账号已在别处登录，或密码已修改、重置。")));
        mvc.perform(get("/login").param("disabled", ""))
                .andExpect(content().string(containsString("账号已停用，请联系组织部管理员。")));
        mvc.perform(get("/login"))
                .andExpect(content().string(not(containsString("用户名或密码错误"))));
    }

    @Test
    void afterThreeFailuresTheLoginPageAsksForTheImageChallengeWhoseAnswerIsKeptInTheSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(LoginChallenge.NAME, "admin");
        when(loginThrottle.challenge(org.mockito.ArgumentMatchers.eq("admin"), org.mockito.ArgumentMatchers.any()))
                .thenReturn(true);

        mvc.perform(get("/login").param("error", "").session(session))
                .andExpect(content().string(containsString("id=\"challenge\"")))
                .andExpect(content().string(containsString("/login/challenge.png")))
                .andExpect(content().string(containsString("value=\"admin\"")));
        byte[] png = mvc.perform(get("/login/challenge.png").session(session))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)).getWidth())
                .isEqualTo(LoginChallenge.WIDTH);
        assertThat(((LoginChallenge.Answer) session.getAttribute(LoginChallenge.ANSWER)).text()).matches("\\d{5}");
    }

    @Test
    void pagesSendAnonymousUsersToTheLogin() throws Exception {
        mvc.perform(get("/members")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/units/1")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aPasswordThatMustBeChangedLeadsEveryPageToTheChangeForm() throws Exception {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(PasswordChangeFilter.MUST_CHANGE, Boolean.TRUE);

        mvc.perform(get("/members").with(admin()).session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/").with(admin()).session(session))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").with(admin()).session(session))
                .andExpect(status().isOk())
                .andExpect(view().name("account/password"))
                .andExpect(content().string(containsString("首次登录、密码被重置或已超过有效期（组织部管理员 90 天）后，须先修改密码。")));

        MockHttpSession normal = new MockHttpSession();
        String page = mvc.perform(get("/account/password").with(admin()).session(normal))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("须先修改密码");
    }
}
