package cn.helituan.web.assisted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.assisted.ObjectPick;
import cn.helituan.domain.assisted.ObjectUse;
import cn.helituan.web.WebSliceTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Type to find an object: the service's matches for the form asked as the JSON the choice list reads. */
@WebMvcTest(ObjectChoiceController.class)
class ObjectChoiceControllerTest extends WebSliceTest {
    @MockitoBean
    AssistedService assisted;

    @Test
    void theMatchesForTheFormAskedComeAsValueAndTextWithTheirKind() throws Exception {
        when(assisted.picks(eq(ADMIN), eq(ObjectUse.PAIRING), eq("柳河"), anyInt())).thenReturn(List.of(
                new ObjectPick(9L, "柳河社区", AssistedKind.COMMUNITY)));

        String json = mvc.perform(get("/objects/choices").with(admin()).param("for", "PAIRING").param("q", "柳河"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("[{\"value\":\"9\",\"text\":\"柳河社区 (社区)\"}]");

        when(assisted.picks(eq(ADMIN), eq(ObjectUse.ACCOUNT), eq("柳河"), anyInt())).thenReturn(List.of(
                new ObjectPick(9L, "柳河社区", AssistedKind.COMMUNITY)));
        String english = mvc.perform(get("/objects/choices").with(admin()).param("for", "ACCOUNT").param("q", "柳河")
                        .param("lang", "en"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("柳河社区 (Community)");
    }

    @Test
    void aFormNotNamedOrUnknownIsRefused() throws Exception {
        mvc.perform(get("/objects/choices").with(admin()).param("q", "柳河")).andExpect(status().isBadRequest());
        mvc.perform(get("/objects/choices").with(admin()).param("for", "MEMBER").param("q", "柳河"))
                .andExpect(status().isBadRequest());
    }
}
