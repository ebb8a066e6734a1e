package cn.helituan.web.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitPick;
import cn.helituan.domain.team.UnitService;
import cn.helituan.web.WebSliceTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Type to find a unit: the service's matches as the JSON the form's choice list reads, in the page's language. */
@WebMvcTest(UnitChoiceController.class)
class UnitChoiceControllerTest extends WebSliceTest {
    @MockitoBean
    UnitService units;

    @Test
    void theMatchesOfTheKindsAskedComeAsValueAndTextWithTheirParent() throws Exception {
        when(units.search(eq(ADMIN), eq("茶"), eq(List.of(UnitKind.GROUP)), anyInt())).thenReturn(List.of(
                new UnitPick(5L, "茶产业合力小组", UnitKind.GROUP, "产业发展分团")));

        String json = mvc.perform(get("/units/choices").with(admin()).param("q", "茶").param("kind", "GROUP"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("[{\"value\":\"5\",\"text\":\"茶产业合力小组 (合力小组 · 产业发展分团)\"}]");

        String english = mvc.perform(get("/units/choices").with(admin()).param("q", "茶").param("kind", "GROUP")
                        .param("lang", "en"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("茶产业合力小组 (Group · 产业发展分团)");
    }

    @Test
    void noKindAsksForEveryKindAndAnUnknownKindIsRefused() throws Exception {
        mvc.perform(get("/units/choices").with(admin()).param("q", "分团")).andExpect(status().isOk());
        verify(units).search(eq(ADMIN), eq("分团"), eq(null), anyInt());

        mvc.perform(get("/units/choices").with(admin()).param("q", "分团").param("kind", "VILLAGE"))
                .andExpect(status().is4xxClientError());
    }
}
