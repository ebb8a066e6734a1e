package cn.helituan.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.helituan.domain.common.RuleViolation;
import cn.helituan.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;

/** Changing one's own password, and leaving the forced change behind once it is done. */
@WebMvcTest(PasswordController.class)
class PasswordControllerTest extends WebSliceTest {

    @Test
    void theTwoNewPasswordsMustMatch() throws Exception {
        mvc.perform(post("/account/password").with(groupLeader()).with(csrf())
                        .param("currentPassword", "Temp1234ab").param("newPassword", "Chayuan2026")
                        .param("confirmPassword", "Chayuan2025"))
                .andExpect(status().isOk())
                .andExpect(view().name("account/password"))
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "confirmPassword", "password.mismatch"))
                .andExpect(content().string(containsString("两次输入的新密码不一致。")));
        verify(accounts, never()).changeOwnPassword(any(), any(), any());
    }

    @Test
    void aWeakPasswordIsRefusedWithTheRule() throws Exception {
        doThrow(new RuleViolation("newPassword", "password.tooShort", 10, 3))
                .when(accounts).changeOwnPassword("leader", "Temp1234ab", "abcdefgh");
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(PasswordChangeFilter.MUST_CHANGE, Boolean.TRUE);

        mvc.perform(post("/account/password").with(groupLeader()).with(csrf()).session(session)
                        .param("currentPassword", "Temp1234ab").param("newPassword", "abcdefgh")
                        .param("confirmPassword", "abcdefgh"))
                .andExpect(status().isOk())
                .andExpect(view().name("account/password"))
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "password.tooShort"))
                .andExpect(content().string(containsString("密码至少 10 位。")))
                .andExpect(content().string(containsString("首次登录、密码被重置或已超过有效期")));
        assertThat(session.getAttribute(PasswordChangeFilter.MUST_CHANGE)).isEqualTo(Boolean.TRUE);
    }

    @Test
    void aChangedPasswordEndsTheForcedChange() throws Exception {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(PasswordChangeFilter.MUST_CHANGE, Boolean.TRUE);

        mvc.perform(post("/account/password").with(groupLeader()).with(csrf()).session(session)
                        .param("currentPassword", "Temp1234ab").param("newPassword", "Chayuan2026")
                        .param("confirmPassword", "Chayuan2026"))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("success", "flash.password.changed"));

        verify(accounts).changeOwnPassword("leader", "Temp1234ab", "Chayuan2026");
        assertThat(session.getAttribute(PasswordChangeFilter.MUST_CHANGE)).isNull();
    }

    @Test
    void aWrongCurrentPasswordIsShownOnItsField() throws Exception {
        doThrow(new RuleViolation("currentPassword", "password.current.wrong"))
                .when(accounts).changeOwnPassword("leader", "guess1234", "Chayuan2026");

        mvc.perform(post("/account/password").with(groupLeader()).with(csrf())
                        .param("currentPassword", "guess1234").param("newPassword", "Chayuan2026")
                        .param("confirmPassword", "Chayuan2026"))
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword",
                        "password.current.wrong"))
                .andExpect(content().string(containsString("当前密码不正确。")));
    }

    @Test
    void guessingTheCurrentPasswordThreeTimesEndsTheSession() throws Exception {
        doThrow(new RuleViolation("currentPassword", "password.current.wrong"))
                .when(accounts).changeOwnPassword("leader", "guess1234", "Chayuan2026");
        when(loginThrottle.challenge("leader", null)).thenReturn(true);
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/account/password").with(groupLeader()).with(csrf()).session(session)
                        .param("currentPassword", "guess1234").param("newPassword", "Chayuan2026")
                        .param("confirmPassword", "Chayuan2026"))
                .andExpect(redirectedUrl("/login?guessed"));
        assertThat(session.isInvalid()).isTrue();
    }
}
