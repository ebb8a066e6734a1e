package cn.helituan.web.crossteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.crossteam.CrossTeamPages;
import cn.helituan.domain.crossteam.CrossTeamReading;
import cn.helituan.domain.crossteam.CrossTeamRow;
import cn.helituan.domain.crossteam.CrossTeamService;
import cn.helituan.domain.team.UnitField;
import cn.helituan.web.WebSliceTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.validation.BindingResult;

/** The team list and the team form: figures as the service gives them, refusals on their fields, a twice-added member. */
@WebMvcTest(CrossTeamController.class)
class CrossTeamControllerTest extends WebSliceTest {

    @MockitoBean
    CrossTeamReading reading;
    @MockitoBean
    CrossTeamService service;
    @MockitoBean
    CrossTeamPages pages;

    @Test
    void theListShowsEachTeamsFiguresAndAnOverdrawnBalanceInRed() throws Exception {
        when(reading.list(eq(ADMIN), eq(null), any())).thenReturn(new PageImpl<>(List.of(
                new CrossTeamRow(7L, "健康服务跨镇服务队", UnitField.MEDICAL, 2026, "黄宏伟", "唐建国", 12, 3, 41,
                        new BigDecimal("20000.00"), new BigDecimal("20000.50"))), PageRequest.of(0, 20), 1));
        when(reading.creates(ADMIN)).thenReturn(true);
        String page = mvc.perform(get("/cross-teams").with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("共 1 支服务队", "健康服务跨镇服务队", "医疗 · 2026", ">12<", ">41<", "20,000.50",
                "text-danger", "-0.50", "id=\"new-cross-team\"");
    }

    @Test
    void aLeaderNotStationedIsShownOnItsFieldWithWhatWasTyped() throws Exception {
        when(reading.creates(ADMIN)).thenReturn(true);
        when(service.create(eq(ADMIN), any(), any())).thenThrow(
                new RuleViolation("leaderMobile", "crossteam.leader.notStationed", "李四"));
        var result = mvc.perform(post("/cross-teams/new").with(admin()).with(csrf()).param("name", "健康服务队")
                .param("field", "MEDICAL").param("year", "2026").param("leaderMobile", "13900000001")
                .param("allocation", "20000").param("daysMin", "3").param("daysMax", "5"))
                .andExpect(view().name("crossTeams/form")).andReturn();
        BindingResult errors = bindingResult(result, "form");
        assertThat(errors.getFieldError("leaderMobile").getCode()).isEqualTo("crossteam.leader.notStationed");
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("李四 目前不是在岗的驻村第一书记", "value=\"健康服务队\"");
    }

    @Test
    void anAmountOfThreeDecimalsOrDaysOutOfRangeAreRefusedBeforeTheService() throws Exception {
        when(reading.creates(ADMIN)).thenReturn(true);
        var result = mvc.perform(post("/cross-teams/new").with(admin()).with(csrf()).param("name", "队")
                .param("field", "MEDICAL").param("year", "2026").param("leaderMobile", "1")
                .param("allocation", "abc").param("daysMin", "3").param("daysMax", "40"))
                .andExpect(view().name("crossTeams/form")).andReturn();
        BindingResult errors = bindingResult(result, "form");
        assertThat(errors.getFieldError("allocation")).isNotNull();
        assertThat(errors.getFieldError("daysMax")).isNotNull();
    }

    @Test
    void aMemberAddedTwiceComesBackWithTheMessage() throws Exception {
        when(service.addMember(eq(ADMIN), anyLong(), eq("13900000002"))).thenThrow(
                new RuleViolation("mobile", "crossteam.member.twice", "王五"));
        mvc.perform(post("/cross-teams/7/members").with(admin()).with(csrf()).param("mobile", "13900000002"))
                .andExpect(redirectedUrl("/cross-teams/7#members"))
                .andExpect(flash().attribute("failure", "crossteam.member.twice"));
    }

    @Test
    void someoneWhoMayNotCreateIsRefused() throws Exception {
        when(reading.creates(any())).thenReturn(false);
        mvc.perform(get("/cross-teams/new").with(groupLeader())).andExpect(status().isForbidden());
    }
}
