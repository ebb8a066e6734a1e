package cn.helituan.web.supervision;

import cn.helituan.domain.supervision.ItemMethod;
import cn.helituan.domain.supervision.SupervisionPlanning;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/** A new version of the checklist: its items (a blank name drops the row) and a note on what changed. */
@Getter
@Setter
public class ChecklistForm {

    @Size(max = 500)
    private String note;
    @Valid
    private List<Row> items = new ArrayList<>();

    @Getter
    @Setter
    public static class Row {
        @Size(max = 100)
        private String name;
        private ItemMethod method;
        @Min(1)
        @Max(1000)
        private Integer maxScore;
    }

    List<SupervisionPlanning.ItemLine> lines() {
        return items.stream().map(r -> new SupervisionPlanning.ItemLine(r.getName(), r.getMethod(), r.getMaxScore()))
                .toList();
    }
}
