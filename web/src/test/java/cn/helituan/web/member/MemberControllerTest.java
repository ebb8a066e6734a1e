package cn.helituan.web.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
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

import cn.helituan.domain.common.ConcurrentEditException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.MemberDetails;
import cn.helituan.domain.member.MemberQuery;
import cn.helituan.domain.member.MemberRow;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Position;
import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.member.WorkUnitOption;
import cn.helituan.domain.team.UnitOption;
import cn.helituan.domain.member.WorkUnitKind;
import cn.helituan.web.WebSliceTest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.team.UnitService;
import cn.helituan.domain.team.UnitField;
import cn.helituan.domain.team.UnitDetails;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.member.WorkUnitService;

/** The member pages: the list and its filters, the create and edit forms, memberships, archive. */
@WebMvcTest(MemberController.class)
class MemberControllerTest extends WebSliceTest {
    @MockitoBean
    MemberService members;
    @MockitoBean
    UnitService units;
    @MockitoBean
    WorkUnitService workUnits;


    private WorkUnit hospital;
    private Member member;

    @BeforeEach
    void records() {
        hospital = withId(new WorkUnit("县人民医院", WorkUnitKind.HOSPITAL), 3L);
        member = withId(new Member(new MemberDetails("李海燕", Gender.FEMALE, 3L, "主治医师", null, "儿科",
                "13800000001", true, MemberType.DOCTOR, null), hospital), 7L);
        when(workUnits.all(any())).thenReturn(List.of(hospital));
    }

    /** The member form as a user fills it in; {@code changes} are name/value pairs that replace the defaults. */
    private static MockHttpServletRequestBuilder memberForm(String url, RequestPostProcessor user, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "王建国");
        fields.put("gender", "MALE");
        fields.put("workUnitId", "3");
        fields.put("mobile", "13912345678");
        fields.put("type", "CADRE");
        fields.put("post", "科长");
        fields.put("unitId", "5");
        fields.put("position", "MEMBER");
        fields.put("joinedOn", "2026-03-01");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(url).with(user).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    void listPassesTheSearchAndFiltersToTheService() throws Exception {
        MemberRow row = new MemberRow(7L, "李海燕", Gender.FEMALE, "县人民医院", "主治医师", null, "儿科",
                "13800000001", null, true, MemberType.DOCTOR, false, "医疗帮扶合力小组");
        when(members.search(any(), any(), any())).thenAnswer(inv -> new PageImpl<>(List.of(row),
                inv.getArgument(2, Pageable.class), 41));

        mvc.perform(get("/members").with(admin()).param("q", " 李海燕 ").param("unit", "5")
                        .param("type", "DOCTOR").param("party", "true").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(view().name("members/list"))
                .andExpect(content().string(containsString("李海燕")))
                .andExpect(content().string(containsString("医疗帮扶合力小组")))
                .andExpect(content().string(containsString("共 41 人")));

        ArgumentCaptor<MemberQuery> query = ArgumentCaptor.forClass(MemberQuery.class);
        ArgumentCaptor<Pageable> page = ArgumentCaptor.forClass(Pageable.class);
        verify(members).search(eq(ADMIN), query.capture(), page.capture());
        assertThat(query.getValue()).isEqualTo(new MemberQuery("李海燕", 5L, null, MemberType.DOCTOR, true, false));
        assertThat(page.getValue()).isEqualTo(PageRequest.of(1, 20));
    }

    @Test
    void filtersOfferEveryUnitAndWorkUnitWithTheChosenOnesSelected() throws Exception {
        when(members.search(any(), any(), any())).thenAnswer(inv -> new PageImpl<>(List.of(),
                inv.getArgument(2, Pageable.class), 0));
        when(units.filterOptions(any(), any())).thenReturn(List.of(new UnitOption(1L, "示范县合力团", 0),
                new UnitOption(5L, "茶产业合力小组", 2)));
        when(workUnits.options(any())).thenReturn(List.of(new WorkUnitOption(3L, "县人民医院"),
                new WorkUnitOption(4L, "<b>A&B</b> 研究所")));

        mvc.perform(get("/members").with(admin()).param("unit", "5").param("workUnit", "4"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"1\">示范县合力团</option>")))
                .andExpect(content().string(containsString(
                        "<option value=\"5\" selected=\"selected\">\u3000\u3000茶产业合力小组</option>")))
                .andExpect(content().string(containsString("<option value=\"3\">县人民医院</option>")))
                .andExpect(content().string(containsString(
                        "<option value=\"4\" selected=\"selected\">&lt;b&gt;A&amp;B&lt;/b&gt; 研究所</option>")))
                .andExpect(content().string(not(containsString("hlt:"))));
    }

    @Test
    void blankNameAndWrongMobileAreFieldErrors() throws Exception {
        MvcResult result = mvc.perform(memberForm("/members/new", admin(), "name", "  ", "mobile", "1391234"))
                .andExpect(status().isOk())
                .andExpect(view().name("members/form"))
                .andExpect(model().attributeHasFieldErrorCode("memberForm", "name", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("memberForm", "mobile", "Pattern"))
                .andExpect(content().string(containsString("此项必填。")))
                .andExpect(content().string(containsString("请填写 11 位手机号码。")))
                .andReturn();
        assertThat(bindingResult(result, "memberForm").getFieldValue("mobile")).isEqualTo("1391234");
        verify(members, never()).create(any(), any(), any(), any(), any());
    }

    @Test
    void aWrongIdNumberIsAFieldErrorAndARightOneIsPassedNormalized() throws Exception {
        mvc.perform(memberForm("/members/new", admin(), "idNumber", "110105194912310021"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("memberForm", "idNumber", "ResidentIdNumber"))
                .andExpect(content().string(containsString("请填写有效的 18 位居民身份证号")))
                .andExpect(content().string(containsString("value=\"110105194912310021\"")));
        verify(members, never()).create(any(), any(), any(), any(), any());

        when(members.create(any(), any(), any(), any(), any())).thenReturn(member);
        mvc.perform(memberForm("/members/new", admin(), "idNumber", "110105 19491231 002x"))
                .andExpect(status().is3xxRedirection());
        ArgumentCaptor<MemberDetails> details = ArgumentCaptor.forClass(MemberDetails.class);
        verify(members).create(eq(ADMIN), details.capture(), eq(5L), eq(Position.MEMBER),
                eq(LocalDate.of(2026, 3, 1)));
        assertThat(details.getValue().idNumber()).isEqualTo("11010519491231002X");
    }

    @Test
    void aRefusedFormShowsTheChosenUnitAndWorkUnitAndSearchesTheRestByTyping() throws Exception {
        // a province: the service gives the chosen one only, the page finds the others as the user types
        Unit tea = withId(new Unit(null, UnitKind.TEAM, new UnitDetails("茶产业合力团", null, UnitField.GENERAL, null)),
                5L);
        when(units.formChoices(ADMIN, 5L)).thenReturn(List.of(tea));
        when(workUnits.formChoices(ADMIN, 3L)).thenReturn(List.of(new WorkUnitOption(3L, "县人民医院")));

        String page = mvc.perform(memberForm("/members/new", admin(), "name", " "))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-search=\"/units/choices\"", "data-search=\"/work-units/choices\"",
                "<option value=\"5\" selected=\"selected\">茶产业合力团", "value=\"3\" selected");
        verify(units).formChoices(ADMIN, 5L);
    }

    @Test
    void aTakenMobileIsShownOnTheMobileField() throws Exception {
        when(members.create(any(), any(), any(), any(), any()))
                .thenThrow(new RuleViolation("mobile", "member.mobile.taken"));

        mvc.perform(memberForm("/members/new", admin()))
                .andExpect(status().isOk())
                .andExpect(view().name("members/form"))
                .andExpect(model().attributeHasFieldErrorCode("memberForm", "mobile", "member.mobile.taken"))
                .andExpect(content().string(containsString("该手机号已登记给其他人员。")))
                .andExpect(content().string(containsString("value=\"王建国\"")));
    }

    @Test
    void createSavesTrimmedInputAndRedirectsWithAFlash() throws Exception {
        when(members.create(any(), any(), any(), any(), any())).thenReturn(member);

        mvc.perform(memberForm("/members/new", admin(), "name", "　王建国 ", "post", "  ",
                        "notes", "第一行\n第二行 有空格"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/members/7"))
                .andExpect(flash().attribute("success", "flash.saved"));

        ArgumentCaptor<MemberDetails> details = ArgumentCaptor.forClass(MemberDetails.class);
        verify(members).create(eq(ADMIN), details.capture(), eq(5L), eq(Position.MEMBER),
                eq(LocalDate.of(2026, 3, 1)));
        assertThat(details.getValue().name()).isEqualTo("王建国");
        assertThat(details.getValue().post()).isNull();
        assertThat(details.getValue().mobile()).isEqualTo("13912345678");
        assertThat(details.getValue().notes()).as("spaces and line breaks inside the text are kept")
                .isEqualTo("第一行\n第二行 有空格");
    }

    @Test
    void aConcurrentEditGives409AndKeepsTheInput() throws Exception {
        when(members.get(ADMIN, 7L)).thenReturn(member);
        when(members.update(eq(ADMIN), eq(7L), eq(3L), any()))
                .thenThrow(new ConcurrentEditException("Member", 7L));

        MvcResult result = mvc.perform(memberForm("/members/7/edit", admin(), "version", "3",
                        "specialty", "我刚输入的专长"))
                .andExpect(status().isConflict())
                .andExpect(view().name("members/form"))
                .andExpect(model().attribute("memberForm",
                        org.hamcrest.Matchers.hasProperty("specialty", org.hamcrest.Matchers.is("我刚输入的专长"))))
                .andExpect(content().string(containsString("value=\"我刚输入的专长\"")))
                .andExpect(content().string(containsString("在您编辑期间，此记录已被他人修改。")))
                .andReturn();
        assertThat(globalErrorCodes(result, "memberForm")).containsExactly("concurrent.edit");
    }

    @Test
    void editShowsTheCurrentValuesAndVersion() throws Exception {
        when(members.get(ADMIN, 7L)).thenReturn(member);

        mvc.perform(get("/members/7/edit").with(admin()))
                .andExpect(status().isOk())
                .andExpect(view().name("members/form"))
                .andExpect(model().attribute("memberForm",
                        org.hamcrest.Matchers.hasProperty("mobile", org.hamcrest.Matchers.is("13800000001"))))
                .andExpect(content().string(containsString("value=\"李海燕\"")))
                .andExpect(content().string(containsString("action=\"/members/7/edit\"")));
    }

    @Test
    void anUnknownOrOutOfScopeMemberIs404() throws Exception {
        when(members.get(any(), anyLong())).thenThrow(new NotFoundException("member", 99L));

        mvc.perform(get("/members/99").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"))
                .andExpect(content().string(containsString("找不到该页面或记录，或它不在您的管理范围内。")));
        mvc.perform(get("/members/abc").with(admin()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aGroupLeaderMayNotAddMembers() throws Exception {
        mvc.perform(get("/members/new").with(groupLeader()))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error/403"))
                .andExpect(content().string(containsString("您没有权限进行此操作。")));
        mvc.perform(memberForm("/members/new", groupLeader()))
                .andExpect(status().isForbidden());
        verify(members, never()).create(any(), any(), any(), any(), any());
    }

    @Test
    void joiningTheSameUnitTwiceIsAFieldErrorOnTheMemberPage() throws Exception {
        when(members.get(ADMIN, 7L)).thenReturn(member);
        when(members.join(eq(ADMIN), eq(7L), eq(5L), any(), any()))
                .thenThrow(new RuleViolation("unitId", "membership.exists"));

        mvc.perform(post("/members/7/memberships").with(admin()).with(csrf())
                        .param("unitId", "5").param("position", "MEMBER").param("joinedOn", "2026-03-01"))
                .andExpect(status().isOk())
                .andExpect(view().name("members/show"))
                .andExpect(model().attributeHasFieldErrorCode("membershipForm", "unitId", "membership.exists"))
                .andExpect(content().string(containsString("该人员已在此单元中。")));
    }

    @Test
    void joinAndLeaveRedirectToTheMemberWithAFlash() throws Exception {
        when(members.get(ADMIN, 7L)).thenReturn(member);

        mvc.perform(post("/members/7/memberships").with(admin()).with(csrf())
                        .param("unitId", "6").param("position", "DEPUTY_GROUP_LEADER").param("joinedOn", "2026-04-01"))
                .andExpect(redirectedUrl("/members/7"))
                .andExpect(flash().attribute("success", "flash.joined"));
        verify(members).join(ADMIN, 7L, 6L, Position.DEPUTY_GROUP_LEADER, LocalDate.of(2026, 4, 1));

        mvc.perform(post("/members/7/memberships/11/leave").with(admin()).with(csrf())
                        .param("version", "0").param("leftOn", "2026-05-01"))
                .andExpect(redirectedUrl("/members/7"))
                .andExpect(flash().attribute("success", "flash.left"));
        verify(members).leave(ADMIN, 11L, 0L, LocalDate.of(2026, 5, 1));
    }

    @Test
    void aRefusedLeaveIsFlashedAsAFailure() throws Exception {
        when(members.get(ADMIN, 7L)).thenReturn(member);
        when(members.leave(eq(ADMIN), eq(11L), eq(0L), any()))
                .thenThrow(new RuleViolation("leftOn", "membership.leftOn.beforeJoined"));

        mvc.perform(post("/members/7/memberships/11/leave").with(admin()).with(csrf())
                        .param("version", "0").param("leftOn", "2020-01-01"))
                .andExpect(redirectedUrl("/members/7"))
                .andExpect(flash().attribute("failure", "membership.leftOn.beforeJoined"));
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/members/new").with(admin())
                        .param("name", "张三").param("gender", "MALE").param("workUnitId", "3")
                        .param("mobile", "13912345678").param("type", "CADRE"))
                .andExpect(status().isForbidden());
        verify(members, never()).create(any(), any(), any(), any(), any());
    }
}
