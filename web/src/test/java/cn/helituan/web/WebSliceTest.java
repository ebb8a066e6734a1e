package cn.helituan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import cn.helituan.domain.account.AccountService;
import cn.helituan.domain.account.LoginThrottle;
import org.springframework.security.core.userdetails.UserDetailsService;
import cn.helituan.domain.account.ApiTokenService;
import cn.helituan.domain.common.OneTimeSubmissions;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.web.common.Exports;
import cn.helituan.domain.history.PersonNames;
import cn.helituan.web.common.Formats;
import cn.helituan.web.common.OneTimeForms;
import cn.helituan.web.history.People;
import cn.helituan.web.message.MessageBadge;
import cn.helituan.web.security.JobMenu;
import cn.helituan.domain.job.JobService;
import cn.helituan.domain.message.MessageService;
import cn.helituan.web.config.ChoicesDialect;
import cn.helituan.web.security.SecondFactorRule;
import cn.helituan.web.security.SecurityConfiguration;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;

/**
 * Base of the web slice tests: a subclass names its controller ({@code @WebMvcTest(XController.class)}) and mocks
 * that controller's own services; this class brings what every page needs — the security configuration, the
 * advice, formats, people's names, exports, the choices dialect and the application's clock — and mocks the
 * account service, which tells whose account is
 * signed in (the users' scopes are what {@link AccountService#scopeOf} answers for their username), and the API
 * token service, the sign-in throttle and the user details service of the security configuration. A new feature's slice test adds nothing here.
 */
@TestPropertySource(properties = "spring.messages.fallback-to-system-locale=false")
@Import({SecurityConfiguration.class, Formats.class, People.class, Exports.class, ChoicesDialect.class,
        OneTimeForms.class, WebSliceTest.Clocks.class, MessageBadge.class, JobMenu.class, SecondFactorRule.class,
        cn.helituan.web.layout.PageChrome.class, cn.helituan.web.kept.FragmentRenderer.class,
        cn.helituan.web.kept.KeptFragments.class,
        cn.helituan.web.security.AuditTrail.class, cn.helituan.web.security.Personal.class,
        cn.helituan.web.common.RequestLimits.class})
public abstract class WebSliceTest {

    protected static final Scope ADMIN = new Scope(1L, "admin", Role.ORG_ADMIN, null, null, null, null);
    protected static final Scope SUB_TEAM_LEADER = new Scope(2L, "subteam", Role.SUB_TEAM_LEADER, 2L, "/1/2/", null,
            null);
    protected static final Scope GROUP_LEADER = new Scope(3L, "leader", Role.GROUP_LEADER, 5L, "/1/2/5/", null, 9L);

    /** The application's clock, in the deployment's zone, as AppConfiguration makes it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        Clock clock() {
            return Clock.system(ZoneId.of("Asia/Shanghai"));
        }
    }

    @Autowired
    protected MockMvc mvc;

    @MockitoBean
    protected AccountService accounts;
    @MockitoBean
    protected ApiTokenService apiTokens;
    /** The sign-in's failure counts (LoginGuard): none, unless a test says otherwise. */
    @MockitoBean
    protected LoginThrottle loginThrottle;
    /** The security log's writer (AuditTrail): every slice's writes go to this mock. */
    @MockitoBean
    protected cn.helituan.domain.audit.AuditService auditService;
    /** Who signs in: the slices sign their users in with {@code user(…)}, so nobody is looked up. */
    @MockitoBean
    protected UserDetailsService userDetailsService;
    @MockitoBean
    protected OneTimeSubmissions oneTimeSubmissions;
    @MockitoBean
    protected PersonNames personNames;
    /** The menu's unread count (the layout's MessageBadge): none. */
    @MockitoBean
    protected MessageService messageService;
    /** Whether the menu offers the jobs (the layout's JobMenu): not in a slice. */
    @MockitoBean
    protected JobService jobService;

    @BeforeEach
    void scopes() {
        for (Scope scope : new Scope[] {ADMIN, SUB_TEAM_LEADER, GROUP_LEADER}) {
            when(accounts.scopeOf(scope.username())).thenReturn(Optional.of(scope));
        }
        // no account known: the pages show the user names as they are
        when(personNames.of(org.mockito.ArgumentMatchers.any())).thenReturn(PersonNames.Names.NONE);
    }

    protected static RequestPostProcessor admin() {
        return user(ADMIN.username()).roles(ADMIN.role().name());
    }

    protected static RequestPostProcessor subTeamLeader() {
        return user(SUB_TEAM_LEADER.username()).roles(SUB_TEAM_LEADER.role().name());
    }

    protected static RequestPostProcessor groupLeader() {
        return user(GROUP_LEADER.username()).roles(GROUP_LEADER.role().name());
    }

    /** Gives a record made in the test the id the database would have given it. */
    protected static <T> T withId(T entity, long id) {
        ReflectionTestUtils.setField(entity, "id", id);
        return entity;
    }

    protected static BindingResult bindingResult(MvcResult result, String form) {
        Object errors = result.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + form);
        assertThat(errors).as("binding result of %s", form).isInstanceOf(BindingResult.class);
        return (BindingResult) errors;
    }

    /** Asserts that the page shows the texts in this order (markup between them does not matter). */
    protected static void assertInOrder(String page, String... texts) {
        int from = 0;
        for (String text : texts) {
            int at = page.indexOf(text, from);
            assertThat(at).as("\"%s\" after position %d", text, from).isGreaterThanOrEqualTo(0);
            from = at + text.length();
        }
    }

    /** The codes of the form-wide (not field) errors, e.g. "concurrent.edit". */
    protected static String[] globalErrorCodes(MvcResult result, String form) {
        return bindingResult(result, form).getGlobalErrors().stream().map(ObjectError::getCode)
                .toArray(String[]::new);
    }
}
