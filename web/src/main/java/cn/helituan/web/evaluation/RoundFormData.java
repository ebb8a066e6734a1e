package cn.helituan.web.evaluation;

import cn.helituan.domain.evaluation.EvaluationRound;
import cn.helituan.domain.evaluation.Grade;
import cn.helituan.domain.evaluation.Indicator;
import cn.helituan.domain.evaluation.RoundForm;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The round form as the page binds it ({@code weights[TASKS]=20}, {@code grades=EXCELLENT}, {@code reviewerIds=7}).
 * What needs the year or the round (the year's range and round, the deadline, the weights, the grades in use) is the
 * service's rule.
 */
@Getter
@Setter
public class RoundFormData {

    @NotBlank
    @Size(max = 100)
    private String name;
    private Integer year;
    private Long scopeUnitId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;
    @Size(min = 2)
    private Set<Grade> grades = EnumSet.noneOf(Grade.class);
    @Min(0)
    @Max(100)
    private Integer topQuota;
    private Map<Indicator, Integer> weights = new EnumMap<>(Indicator.class);
    private Set<Long> reviewerIds = new HashSet<>();
    private long version;

    static RoundFormData of(RoundForm form) {
        RoundFormData data = new RoundFormData();
        data.name = form.name();
        data.year = form.year();
        data.scopeUnitId = form.scopeUnitId();
        data.deadline = form.deadline();
        data.grades = EnumSet.copyOf(form.grades());
        data.topQuota = form.topQuota();
        data.weights = new EnumMap<>(form.weights());
        data.reviewerIds = new HashSet<>(form.reviewerIds());
        return data;
    }

    static RoundFormData of(EvaluationRound round, Set<Long> reviewerIds) {
        RoundFormData data = new RoundFormData();
        data.name = round.getName();
        data.year = round.getYear();
        data.scopeUnitId = round.getScopeUnit() == null ? null : round.getScopeUnit().getId();
        data.deadline = round.getDeadline();
        data.grades = EnumSet.copyOf(round.getGrades());
        data.topQuota = round.getTopQuota();
        data.weights = new EnumMap<>(round.weightMap());
        data.reviewerIds = new HashSet<>(reviewerIds);
        data.version = round.getVersion();
        return data;
    }

    RoundForm toForm() {
        Map<Indicator, Integer> w = new EnumMap<>(Indicator.class);
        if (weights != null) {
            weights.forEach((k, v) -> {
                if (v != null) {
                    w.put(k, v);
                }
            });
        }
        return new RoundForm(name, year, scopeUnitId, deadline, grades == null ? Set.of() : grades, topQuota, w,
                reviewerIds == null ? Set.of() : reviewerIds);
    }
}
