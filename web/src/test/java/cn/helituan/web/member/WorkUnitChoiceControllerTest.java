package cn.helituan.web.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.helituan.domain.member.WorkUnitOption;
import cn.helituan.domain.member.WorkUnitService;
import cn.helituan.web.WebSliceTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Type to find a work unit: the service's matches as the JSON the form's choice list reads. */
@WebMvcTest(WorkUnitChoiceController.class)
class WorkUnitChoiceControllerTest extends WebSliceTest {
    @MockitoBean
    WorkUnitService workUnits;

    @Test
    void theMatchesComeAsValueAndText() throws Exception {
        when(workUnits.search(eq(ADMIN), eq("医院"), anyInt())).thenReturn(List.of(new WorkUnitOption(7L, "县人民医院")));

        String json = mvc.perform(get("/work-units/choices").with(admin()).param("q", "医院"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("[{\"value\":\"7\",\"text\":\"县人民医院\"}]");
    }
}
