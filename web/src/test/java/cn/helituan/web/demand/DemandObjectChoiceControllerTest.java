package cn.helituan.web.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.assisted.ObjectPick;
import cn.helituan.domain.demand.DemandChoices;
import cn.helituan.web.WebSliceTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Type to find a new demand's object: the objects the reader may raise a demand for, as the choice list's JSON. */
@WebMvcTest(DemandObjectChoiceController.class)
class DemandObjectChoiceControllerTest extends WebSliceTest {
    @MockitoBean
    DemandChoices choices;

    @Test
    void theMatchesComeAsValueAndTextWithTheirKind() throws Exception {
        when(choices.picks(eq(ADMIN), eq("青山"), anyInt())).thenReturn(List.of(
                new ObjectPick(4L, "青山村", AssistedKind.VILLAGE)));

        String json = mvc.perform(get("/demands/object-choices").with(admin()).param("q", "青山"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("[{\"value\":\"4\",\"text\":\"青山村 (村)\"}]");
    }
}
