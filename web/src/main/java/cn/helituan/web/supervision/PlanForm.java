package cn.helituan.web.supervision;

import cn.helituan.domain.supervision.SupervisionPlanning;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** An inspection plan: its name, the unit whose groups it covers, its period, an optional sample and inspectors. */
@Getter
@Setter
public class PlanForm {

    @Size(max = 100)
    private String name;
    private Long scopeUnitId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    @Min(1)
    @Max(100000)
    private Integer sampleSize;
    private Long seed;
    private Set<Long> inspectorIds = new LinkedHashSet<>();

    SupervisionPlanning.PlanCommand command() {
        return new SupervisionPlanning.PlanCommand(name, scopeUnitId, startsOn, endsOn, sampleSize,
                sampleSize == null ? null : seed, inspectorIds);
    }
}
