package cn.helituan.web.supervision;

import cn.helituan.domain.supervision.Inspection;
import cn.helituan.domain.supervision.InspectionWork;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** An inspection recorded on the phone: the group, the day, announced or not, the items, who was there. */
@Getter
@Setter
public class InspectionForm {

    private Long unitId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate inspectedOn;
    private boolean announced;
    @Size(max = 1000)
    private String met;
    @Min(0)
    @Max(100000)
    private int asked;
    @Min(0)
    @Max(100000)
    private int satisfied;
    @Min(0)
    @Max(100000)
    private int basically;
    @Min(0)
    @Max(100000)
    private int dissatisfied;
    @Size(max = 2000)
    private String note;
    @Valid
    private List<Row> results = new ArrayList<>();
    private Set<Long> presentIds = new LinkedHashSet<>();

    @Getter
    @Setter
    public static class Row {
        private long itemId;
        private boolean passed;
        @Min(0)
        @Max(1000)
        private Integer score;
        @Size(max = 1000)
        private String note;
    }

    InspectionWork.Record record() {
        return new InspectionWork.Record(unitId, inspectedOn, announced, met,
                new Inspection.Questionnaire(asked, satisfied, basically, dissatisfied),
                results.stream().map(r -> new InspectionWork.ResultLine(r.getItemId(), r.isPassed(), r.getScore(),
                        r.getNote())).toList(), presentIds, note);
    }
}
