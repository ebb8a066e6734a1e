package cn.helituan.web.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
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

import cn.helituan.domain.common.ConcurrentEditException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitDetails;
import cn.helituan.domain.team.UnitField;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitNode;
import cn.helituan.domain.team.UnitRow;
import cn.helituan.web.WebSliceTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import cn.helituan.domain.team.UnitService;

/** The team-tree pages: create, edit, move and archive a unit. */
@WebMvcTest(UnitController.class)
class UnitControllerTest extends WebSliceTest {
    @MockitoBean
    UnitService units;


    private Unit team;
    private Unit industry;
    private Unit welfare;
    private Unit tea;

    @BeforeEach
    void tree() {
        team = unit(null, UnitKind.TEAM, "示范县干部人才合力团", 1L);
        industry = unit(team, UnitKind.SUB_TEAM, "产业发展分团", 2L);
        welfare = unit(team, UnitKind.SUB_TEAM, "民生服务分团", 3L);
        tea = unit(industry, UnitKind.GROUP, "茶产业合力小组", 5L);
        for (Unit u : List.of(team, industry, welfare, tea)) {
            when(units.get(any(), eq(u.getId()))).thenReturn(u);
        }
        when(units.formChoices(any(), any())).thenReturn(List.of(team, industry, welfare, tea));
        for (Unit u : List.of(team, industry, welfare, tea)) {
            when(units.node(any(), eq(u.getId()))).thenReturn(UnitNode.forest(List.of(row(u, 0, 0, false))).get(0));
        }
    }

    private static UnitRow row(Unit u, long people, long placements, boolean hasChildren) {
        return new UnitRow(u.getId(), u.getParentId(), u.getKind(), u.getName(), u.getLocalName(), u.getField(),
                u.getPath(), u.getKind() == UnitKind.GROUP ? 1 : 2, people, placements, hasChildren);
    }

    @Test
    void theTreeShowsTheTopLevelsAndOpensALowerOneOnRequest() throws Exception {
        when(units.tree(any())).thenReturn(UnitNode.forest(List.of(row(team, 30, 31, true),
                row(industry, 12, 13, true), row(welfare, 18, 18, false))));
        when(units.node(any(), eq(2L))).thenReturn(UnitNode.forest(List.of(row(industry, 12, 13, true),
                row(tea, 12, 13, false))).get(0));

        String page = mvc.perform(get("/units").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertInOrder(page, "示范县干部人才合力团", "2 个小组 · 30 人", "含 1 人次跨组",
                "hx-get=\"/units/2/children\"", "产业发展分团", "2 个小组 · 12 人", "含 1 人次跨组",
                "href=\"/units/2\"", "查看下级单元", "民生服务分团", "2 个小组 · 18 人");
        assertThat(page).doesNotContain("茶产业合力小组", "/units/3/children");
        assertThat(page).contains("href=\"/members?unit=2\"");

        String level = mvc.perform(get("/units/2/children").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(level).doesNotContain("<html", "产业发展分团").contains("茶产业合力小组", "12 人", "含 1 人次跨组");
        String english = mvc.perform(get("/units/2/children").with(admin()).param("lang", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("12 people", "incl. 1 extra placements");
    }

    @Test
    void aLevelOutsideTheScopeIsNotFound() throws Exception {
        when(units.node(any(), eq(3L))).thenThrow(new cn.helituan.domain.common.NotFoundException("unit", 3L));
        mvc.perform(get("/units/3/children").with(admin())).andExpect(status().isNotFound());
    }

    private static Unit unit(Unit parent, UnitKind kind, String name, long id) {
        Unit unit = withId(new Unit(parent, kind, new UnitDetails(name, null, UnitField.GENERAL, null)), id);
        unit.placeInTree();
        return unit;
    }

    @Test
    void theNewChildFormProposesTheKindBelowTheParent() throws Exception {
        mvc.perform(get("/units/new").with(admin()).param("parent", "1"))
                .andExpect(status().isOk())
                .andExpect(view().name("units/form"))
                .andExpect(model().attribute("unitForm",
                        org.hamcrest.Matchers.hasProperty("kind", org.hamcrest.Matchers.is(UnitKind.SUB_TEAM))))
                .andExpect(content().string(containsString("上级：示范县干部人才合力团")));
        mvc.perform(get("/units/new").with(admin()).param("parent", "2"))
                .andExpect(model().attribute("unitForm",
                        org.hamcrest.Matchers.hasProperty("kind", org.hamcrest.Matchers.is(UnitKind.GROUP))));
    }

    @Test
    void aUnitNeedsAName() throws Exception {
        mvc.perform(post("/units/new").with(admin()).with(csrf())
                        .param("parentId", "2").param("kind", "GROUP").param("name", " ").param("field", "INDUSTRY"))
                .andExpect(status().isOk())
                .andExpect(view().name("units/form"))
                .andExpect(model().attributeHasFieldErrorCode("unitForm", "name", "NotBlank"))
                .andExpect(content().string(containsString("此项必填。")));
        verify(units, never()).create(any(), any(), any(), any());
    }

    @Test
    void createRedirectsToTheNewUnit() throws Exception {
        Unit created = unit(industry, UnitKind.GROUP, "猕猴桃产业合力小组", 12L);
        when(units.create(eq(ADMIN), eq(2L), eq(UnitKind.GROUP), any())).thenReturn(created);

        mvc.perform(post("/units/new").with(admin()).with(csrf())
                        .param("parentId", "2").param("kind", "GROUP").param("name", "猕猴桃产业合力小组")
                        .param("localName", "").param("field", "INDUSTRY"))
                .andExpect(redirectedUrl("/units/12"))
                .andExpect(flash().attribute("success", "flash.saved"));

        ArgumentCaptor<UnitDetails> details = ArgumentCaptor.forClass(UnitDetails.class);
        verify(units).create(eq(ADMIN), eq(2L), eq(UnitKind.GROUP), details.capture());
        assertThat(details.getValue()).isEqualTo(new UnitDetails("猕猴桃产业合力小组", null, UnitField.INDUSTRY, null));
    }

    @Test
    void aRuleAboutTheHiddenParentIsShownAtTheTopOfTheForm() throws Exception {
        when(units.create(any(), any(), any(), any())).thenThrow(new RuleViolation("parentId", "unit.parent.invalid"));

        MvcResult result = mvc.perform(post("/units/new").with(admin()).with(csrf())
                        .param("parentId", "1").param("kind", "TEAM").param("name", "新合力团").param("field", "GENERAL"))
                .andExpect(status().isOk())
                .andExpect(view().name("units/form"))
                .andExpect(content().string(containsString("这种类型的单元不能放在所选上级之下")))
                .andReturn();
        assertThat(globalErrorCodes(result, "unitForm")).containsExactly("unit.parent.invalid");
        assertThat(bindingResult(result, "unitForm").getFieldValue("name")).isEqualTo("新合力团");
    }

    @Test
    void aRuleAboutAVisibleFieldStaysOnTheField() throws Exception {
        when(units.move(ADMIN, 5L, 2L, 1L)).thenThrow(new RuleViolation("parentId", "unit.move.intoItself"));

        mvc.perform(post("/units/5/move").with(admin()).with(csrf()).param("parentId", "1").param("version", "2"))
                .andExpect(status().isOk())
                .andExpect(view().name("units/move"))
                .andExpect(model().attributeHasFieldErrorCode("moveForm", "parentId", "unit.move.intoItself"))
                .andExpect(content().string(containsString("不能把单元移到它自己或它的下级之下。")));
    }

    @Test
    void aConcurrentEditOfAUnitGives409AndKeepsTheInput() throws Exception {
        when(units.update(eq(ADMIN), eq(5L), eq(1L), any())).thenThrow(new ConcurrentEditException("Unit", 5L));

        MvcResult result = mvc.perform(post("/units/5/edit").with(admin()).with(csrf())
                        .param("version", "1").param("kind", "GROUP").param("name", "茶产业合力小组（改名）")
                        .param("field", "INDUSTRY"))
                .andExpect(status().isConflict())
                .andExpect(view().name("units/form"))
                .andExpect(content().string(containsString("value=\"茶产业合力小组（改名）\"")))
                .andExpect(content().string(containsString("在您编辑期间，此记录已被他人修改。")))
                .andReturn();
        assertThat(globalErrorCodes(result, "unitForm")).containsExactly("concurrent.edit");
    }

    @Test
    void theMoveFormOffersOnlyPlacesTheUnitMayGo() throws Exception {
        MvcResult result = mvc.perform(get("/units/5/move").with(admin()))
                .andExpect(status().isOk())
                .andExpect(view().name("units/move"))
                .andReturn();
        @SuppressWarnings("unchecked")
        List<Unit> targets = (List<Unit>) result.getModelAndView().getModel().get("targets");
        assertThat(targets).extracting(Unit::getName)
                .containsExactly("示范县干部人才合力团", "产业发展分团", "民生服务分团");
        assertThat(result.getResponse().getContentAsString())
                .contains("data-search=\"/units/choices?kind=TEAM&amp;kind=SUB_TEAM\"");
    }

    @Test
    void moveRedirectsWithAFlashAndAStaleMoveGives409() throws Exception {
        mvc.perform(post("/units/5/move").with(admin()).with(csrf()).param("parentId", "3").param("version", "2"))
                .andExpect(redirectedUrl("/units/5"))
                .andExpect(flash().attribute("success", "flash.moved"));
        verify(units).move(ADMIN, 5L, 2L, 3L);

        when(units.move(ADMIN, 5L, 1L, 3L)).thenThrow(new ConcurrentEditException("Unit", 5L));
        mvc.perform(post("/units/5/move").with(admin()).with(csrf()).param("parentId", "3").param("version", "1"))
                .andExpect(status().isConflict())
                .andExpect(view().name("units/move"));

        mvc.perform(post("/units/5/move").with(admin()).with(csrf()).param("version", "2"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("moveForm", "parentId", "NotNull"));
    }

    @Test
    void aRefusedArchiveComesBackToTheUnitWithTheReason() throws Exception {
        doThrow(RuleViolation.global("unit.archive.hasMembers")).when(units).archive(ADMIN, 5L, 4L);

        mvc.perform(post("/units/5/archive").with(admin()).with(csrf()).param("version", "4"))
                .andExpect(redirectedUrl("/units/5"))
                .andExpect(flash().attribute("failure", "unit.archive.hasMembers"));

        mvc.perform(get("/units/5").with(admin()).flashAttr("failure", "unit.archive.hasMembers"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该单元还有在岗成员，不能撤销。请先为成员记录离开日期。")));
    }

    @Test
    void anArchivedUnitLeavesForTheTree() throws Exception {
        mvc.perform(post("/units/5/archive").with(admin()).with(csrf()).param("version", "4"))
                .andExpect(redirectedUrl("/units"))
                .andExpect(flash().attribute("success", "flash.archived"));
        verify(units).archive(ADMIN, 5L, 4L);
    }

    @Test
    void aGroupLeaderCannotChangeTheStructure() throws Exception {
        mvc.perform(get("/units/5/edit").with(groupLeader())).andExpect(status().isForbidden());
        mvc.perform(post("/units/new").with(groupLeader()).with(csrf())
                        .param("parentId", "5").param("kind", "GROUP").param("name", "新小组").param("field", "GENERAL"))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error/403"));
        verify(units, never()).create(any(), any(), any(), any());
    }

    @Test
    void theUnitPageShowsItsHistory() throws Exception {
        ReflectionTestUtils.setField(tea, "localName", "服务队");
        when(units.history(any(), eq(5L))).thenReturn(List.of(new cn.helituan.domain.history.HistoryEntry(
                java.time.Instant.parse("2026-03-01T02:00:00Z"), "admin", "UPDATED",
                List.of(new cn.helituan.domain.history.HistoryEntry.Change("field", "UnitField.GENERAL",
                        "UnitField.INDUSTRY")))));

        String page = mvc.perform(get("/units/5").with(admin()))
                .andExpect(status().isOk())
                .andExpect(view().name("units/show"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("茶产业合力小组", "(服务队)");
        assertInOrder(page, "修改记录", "2026-03-01 10:00", "admin", "修改", "领域", "综合", "→", "产业");
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/units/4/archive").with(admin()).param("version", "0"))
                .andExpect(status().isForbidden());
        verify(units, never()).archive(any(), anyLong(), anyLong());
    }
}
