package cn.helituan.web.member;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
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

import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.member.WorkUnitKind;
import org.junit.jupiter.api.Test;
import cn.helituan.web.WebSliceTest;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import cn.helituan.domain.member.WorkUnitService;

/** The dispatching-unit pages: only org admins create them; names are unique. */
@WebMvcTest(WorkUnitController.class)
class WorkUnitControllerTest extends WebSliceTest {
    @MockitoBean
    WorkUnitService workUnits;


    @Test
    void createRedirectsToTheListWithAFlash() throws Exception {
        when(workUnits.create(ADMIN, "县林业局", WorkUnitKind.PARTY_GOVERNMENT))
                .thenReturn(withId(new WorkUnit("县林业局", WorkUnitKind.PARTY_GOVERNMENT), 20L));

        mvc.perform(post("/work-units/new").with(admin()).with(csrf())
                        .param("name", " 县林业局 ").param("kind", "PARTY_GOVERNMENT"))
                .andExpect(redirectedUrl("/work-units"))
                .andExpect(flash().attribute("success", "flash.saved"));
        verify(workUnits).create(ADMIN, "县林业局", WorkUnitKind.PARTY_GOVERNMENT);
    }

    @Test
    void aDuplicateNameIsAFieldError() throws Exception {
        when(workUnits.create(any(), anyString(), any())).thenThrow(new RuleViolation("name", "workUnit.name.taken"));

        mvc.perform(post("/work-units/new").with(admin()).with(csrf())
                        .param("name", "县人民医院").param("kind", "HOSPITAL"))
                .andExpect(status().isOk())
                .andExpect(view().name("work-units/form"))
                .andExpect(model().attributeHasFieldErrorCode("workUnitForm", "name", "workUnit.name.taken"))
                .andExpect(content().string(containsString("已有同名的派出单位。")));
    }

    @Test
    void nameAndKindAreRequired() throws Exception {
        mvc.perform(post("/work-units/new").with(admin()).with(csrf()).param("name", "").param("kind", ""))
                .andExpect(status().isOk())
                .andExpect(view().name("work-units/form"))
                .andExpect(model().attributeHasFieldErrorCode("workUnitForm", "name", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("workUnitForm", "kind", "NotNull"));
        verify(workUnits, never()).create(any(), any(), any());
    }

    @Test
    void onlyOrgAdminsMayCreateWorkUnits() throws Exception {
        mvc.perform(get("/work-units/new").with(subTeamLeader()))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error/403"));
        mvc.perform(post("/work-units/new").with(subTeamLeader()).with(csrf())
                        .param("name", "县林业局").param("kind", "PARTY_GOVERNMENT"))
                .andExpect(status().isForbidden());
        verify(workUnits, never()).create(any(), any(), any());
    }
}
