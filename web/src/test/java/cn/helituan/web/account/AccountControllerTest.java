package cn.helituan.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.helituan.domain.account.Account;
import cn.helituan.domain.account.AccountDetails;
import cn.helituan.domain.account.AccountService.NewPassword;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.MemberDetails;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.member.WorkUnitKind;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitDetails;
import cn.helituan.domain.team.UnitField;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.web.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import cn.helituan.domain.team.UnitService;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.assisted.AssistedService;

/** The account pages: an admin creates accounts (a temporary password is shown once), resets, unlocks, disables. */
@WebMvcTest(AccountController.class)
class AccountControllerTest extends WebSliceTest {
    @MockitoBean
    UnitService units;
    @MockitoBean
    MemberService members;
    @MockitoBean
    AssistedService assisted;
    @MockitoBean
    cn.helituan.domain.account.SecondFactorService secondFactors;


    private Member member;
    private Account account;

    @BeforeEach
    void records() {
        WorkUnit wu = withId(new WorkUnit("县农业农村局", WorkUnitKind.PARTY_GOVERNMENT), 3L);
        member = withId(new Member(new MemberDetails("张志强", Gender.MALE, 3L, "农艺师", null, "茶叶种植",
                "13800000012", true, MemberType.AGRONOMIST, null), wu), 12L);
        when(members.get(ADMIN, 12L)).thenReturn(member);
        Unit group = withId(new Unit(null, UnitKind.TEAM, new UnitDetails("合力团", null, UnitField.GENERAL, null)),
                1L);
        group.placeInTree();
        account = withId(new Account("13800000012", "{noop}x", "张志强"), 40L);
        account.assign(Role.ORG_ADMIN, group, null, member);
        when(accounts.get(ADMIN, 40L)).thenReturn(account);
    }

    @Test
    void aNewAccountForAMemberStartsFromTheirNameAndMobile() throws Exception {
        mvc.perform(get("/accounts/new").with(admin()).param("member", "12"))
                .andExpect(status().isOk())
                .andExpect(view().name("accounts/form"))
                .andExpect(model().attribute("accountForm", hasProperty("username", is("13800000012"))))
                .andExpect(model().attribute("accountForm", hasProperty("displayName", is("张志强"))))
                .andExpect(model().attribute("accountForm", hasProperty("memberId", is(12L))))
                .andExpect(content().string(containsString("为 张志强 开通账号")));
    }

    @Test
    void createFlashesTheTemporaryPassword() throws Exception {
        when(accounts.create(eq(ADMIN), any())).thenReturn(new NewPassword(account, "TmpPassw23"));

        mvc.perform(post("/accounts/new").with(admin()).with(csrf())
                        .param("username", "13800000012").param("displayName", "张志强").param("role", "GROUP_LEADER")
                        .param("scopeUnitId", "5").param("memberId", "12"))
                .andExpect(redirectedUrl("/accounts/40"))
                .andExpect(flash().attribute("newPassword", "TmpPassw23"))
                .andExpect(flash().attribute("success", "flash.account.created"));

        ArgumentCaptor<AccountDetails> details = ArgumentCaptor.forClass(AccountDetails.class);
        verify(accounts).create(eq(ADMIN), details.capture());
        assertThat(details.getValue()).isEqualTo(
                new AccountDetails("13800000012", "张志强", Role.GROUP_LEADER, 5L, null, 12L));
    }

    @Test
    void theTemporaryPasswordIsShownOnlyWithTheFlash() throws Exception {
        mvc.perform(get("/accounts/40").with(admin()).flashAttr("newPassword", "TmpPassw23")
                        .flashAttr("success", "flash.account.created"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("临时密码（只显示一次）")))
                .andExpect(content().string(containsString("TmpPassw23")))
                .andExpect(content().string(containsString("账号已创建。")));
        mvc.perform(get("/accounts/40").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("TmpPassw23"))));
    }

    @Test
    void aUsernameWithSpacesOrChineseIsRefused() throws Exception {
        mvc.perform(post("/accounts/new").with(admin()).with(csrf())
                        .param("username", "张 三").param("displayName", "").param("role", "GROUP_LEADER"))
                .andExpect(status().isOk())
                .andExpect(view().name("accounts/form"))
                .andExpect(model().attributeHasFieldErrorCode("accountForm", "username", "Pattern"))
                .andExpect(model().attributeHasFieldErrorCode("accountForm", "displayName", "NotBlank"))
                .andExpect(content().string(containsString("用户名只能包含字母、数字、下划线、点和连字符。")));
        verify(accounts, never()).create(any(), any());
    }

    @Test
    void aTakenUsernameAndAWrongScopeAreFieldErrors() throws Exception {
        when(accounts.create(any(), any())).thenThrow(new RuleViolation("username", "account.username.taken"),
                new RuleViolation("scopeUnitId", "account.scope.kind.GROUP"));
        mvc.perform(post("/accounts/new").with(admin()).with(csrf())
                        .param("username", "leader").param("displayName", "王五").param("role", "GROUP_LEADER")
                        .param("scopeUnitId", "5"))
                .andExpect(model().attributeHasFieldErrorCode("accountForm", "username", "account.username.taken"))
                .andExpect(content().string(containsString("用户名已被使用。")));

        mvc.perform(post("/accounts/new").with(admin()).with(csrf())
                        .param("username", "wangwu").param("displayName", "王五").param("role", "GROUP_LEADER")
                        .param("scopeUnitId", "2"))
                .andExpect(model().attributeHasFieldErrorCode("accountForm", "scopeUnitId", "account.scope.kind.GROUP"))
                .andExpect(content().string(containsString("组长和成员账号的范围须是一个合力小组。")));
    }

    @Test
    void resetUnlockDisableAndEnableComeBackToTheAccount() throws Exception {
        when(accounts.resetPassword(ADMIN, 40L, 3L)).thenReturn(new NewPassword(account, "NewTmp4567"));

        mvc.perform(post("/accounts/40/reset-password").with(admin()).with(csrf()).param("version", "3"))
                .andExpect(redirectedUrl("/accounts/40"))
                .andExpect(flash().attribute("newPassword", "NewTmp4567"))
                .andExpect(flash().attribute("success", "flash.account.reset"));
        mvc.perform(post("/accounts/40/unlock").with(admin()).with(csrf()).param("version", "4"))
                .andExpect(redirectedUrl("/accounts/40"))
                .andExpect(flash().attribute("success", "flash.account.unlocked"));
        mvc.perform(post("/accounts/40/disable").with(admin()).with(csrf()).param("version", "5"))
                .andExpect(redirectedUrl("/accounts/40"))
                .andExpect(flash().attribute("success", "flash.account.disabled"));
        mvc.perform(post("/accounts/40/enable").with(admin()).with(csrf()).param("version", "6"))
                .andExpect(flash().attribute("success", "flash.account.enabled"));

        verify(accounts).unlock(ADMIN, 40L, 4L);
        verify(accounts).setEnabled(ADMIN, 40L, 5L, false);
        verify(accounts).setEnabled(ADMIN, 40L, 6L, true);
    }

    @Test
    void disablingOneselfIsRefusedWithAPage() throws Exception {
        when(accounts.setEnabled(ADMIN, 40L, 5L, false)).thenThrow(RuleViolation.global("account.disable.self"));

        mvc.perform(post("/accounts/40/disable").with(admin()).with(csrf()).param("version", "5"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(view().name("error/422"))
                .andExpect(content().string(containsString("不能停用自己的账号。")));
    }

    @Test
    void accountPagesAreForOrgAdminsOnly() throws Exception {
        mvc.perform(get("/accounts").with(subTeamLeader())).andExpect(status().isForbidden());
        mvc.perform(post("/accounts/new").with(groupLeader()).with(csrf())
                        .param("username", "zhangsan").param("displayName", "张三").param("role", "ORG_ADMIN"))
                .andExpect(status().isForbidden());
        verify(accounts, never()).create(any(), any());

        when(accounts.page(any(), any())).thenReturn(org.springframework.data.domain.Page.empty());
        mvc.perform(get("/accounts").with(admin())).andExpect(status().isOk()).andExpect(view().name("accounts/list"));
    }
}
