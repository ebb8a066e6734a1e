package cn.helituan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import cn.helituan.domain.account.AccountService;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.assisted.RegionService;
import cn.helituan.domain.assisted.RelationshipService;
import cn.helituan.domain.activity.ActivityService;
import cn.helituan.domain.activity.ActivityTypeService;
import cn.helituan.domain.imports.ImportService;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.member.WorkUnitService;
import cn.helituan.domain.team.UnitService;
import cn.helituan.web.common.Exports;
import cn.helituan.web.common.Formats;
import cn.helituan.web.config.ChoicesDialect;
import cn.helituan.web.security.SecurityConfiguration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import cn.helituan.domain.demand.DemandService;
import cn.helituan.domain.demand.DemandTally;
import cn.helituan.domain.demand.ProjectService;
import cn.helituan.domain.demand.ResourceService;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;

/**
 * Base of the web slice tests: every controller, the advice, the security configuration and the Thymeleaf pages,
 * with the domain services mocked. All subclasses share one application context (same mocks, same imports).
 * The signed-in users' scopes are what {@link AccountService#scopeOf} answers for their username.
 */
@WebMvcTest(properties = "spring.messages.fallback-to-system-locale=false")
@Import({SecurityConfiguration.class, Formats.class, Exports.class, ChoicesDialect.class})
public abstract class WebSliceTest {

    protected static final Scope ADMIN = new Scope(1L, "admin", Role.ORG_ADMIN, null, null, null, null);
    protected static final Scope SUB_TEAM_LEADER = new Scope(2L, "subteam", Role.SUB_TEAM_LEADER, 2L, "/1/2/", null,
            null);
    protected static final Scope GROUP_LEADER = new Scope(3L, "leader", Role.GROUP_LEADER, 5L, "/1/2/5/", null, 9L);

    @Autowired
    protected MockMvc mvc;

    @MockitoBean
    protected UnitService units;
    @MockitoBean
    protected MemberService members;
    @MockitoBean
    protected WorkUnitService workUnits;
    @MockitoBean
    protected AccountService accounts;
    @MockitoBean
    protected AssistedService assisted;
    @MockitoBean
    protected RegionService regions;
    @MockitoBean
    protected RelationshipService relationships;
    @MockitoBean
    protected ImportService imports;
    @MockitoBean
    protected ActivityService activities;
    @MockitoBean
    protected ActivityTypeService activityTypes;
    @MockitoBean
    protected DemandService demands;
    @MockitoBean
    protected ResourceService resources;
    @MockitoBean
    protected ProjectService projects;
    @MockitoBean
    protected cn.helituan.domain.plan.PlanService plans;
    @MockitoBean
    protected cn.helituan.domain.dashboard.DashboardService dashboards;
    @MockitoBean
    protected cn.helituan.domain.account.ApiTokenService apiTokens;
    @MockitoBean
    protected cn.helituan.domain.notification.NotificationService notifications;
    @MockitoBean
    protected cn.helituan.domain.demand.DemandCategoryService demandCategories;
    @MockitoBean
    protected cn.helituan.domain.evaluation.RoundAdministration evaluationRounds;
    @MockitoBean
    protected cn.helituan.domain.evaluation.EvaluationInputs evaluationInputs;
    @MockitoBean
    protected cn.helituan.domain.evaluation.EvaluationReading evaluationReading;
    @MockitoBean
    protected cn.helituan.domain.evaluation.EvaluationResults evaluations;

    @BeforeEach
    void scopes() {
        for (Scope scope : new Scope[] {ADMIN, SUB_TEAM_LEADER, GROUP_LEADER}) {
            when(accounts.scopeOf(scope.username())).thenReturn(Optional.of(scope));
        }
        // a member's page lists their activities
        when(activities.ofMember(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.anyLong(),
                org.mockito.ArgumentMatchers.any())).thenReturn(org.springframework.data.domain.Page.empty());
        // unit and object pages show their latest activities
        when(activities.list(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.any())).thenReturn(new ActivityService.ActivityList(
                org.springframework.data.domain.Page.empty(), false, java.util.Map.of()));
        // object pages show their demands, group pages their projects
        when(demands.list(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.any())).thenReturn(org.springframework.data.domain.Page.empty());
        when(demands.tally(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any()))
                .thenReturn(new DemandTally(0, 0, 0, 0, 0, 0));
        when(demands.listing(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.any())).thenReturn(new DemandService.Listing(
                org.springframework.data.domain.Page.empty(), new DemandTally(0, 0, 0, 0, 0, 0)));
        when(projects.list(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.any())).thenReturn(org.springframework.data.domain.Page.empty());
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
