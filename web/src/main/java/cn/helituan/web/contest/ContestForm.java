package cn.helituan.web.contest;

import cn.helituan.domain.contest.ContestAdministration;
import cn.helituan.domain.contest.ContestCriterion;
import cn.helituan.domain.contest.ContestLevel;
import cn.helituan.domain.contest.ContestReading;
import cn.helituan.domain.contest.RoundDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/** A round's form, for opening and for editing: up to {@value ContestAdministration#MAX_CRITERIA} criteria rows. */
@Getter
@Setter
public class ContestForm {

    @NotNull
    private ContestLevel level;
    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;
    @NotNull
    @Min(1)
    @Max(4)
    private Integer quarter;
    @NotNull
    private Long unitId;
    @NotBlank
    @Size(max = 200)
    private String title;
    @NotBlank
    @Size(max = 100)
    private String theme;
    @Size(max = 100)
    private String secondTheme;
    @NotNull
    @Min(1)
    @Max(100)
    private Integer scaleMax;
    @Valid
    private List<Row> criteria = new ArrayList<>();
    private long version;

    /** A criterion row; a row without a name is left out. */
    @Getter
    @Setter
    public static class Row {
        @Size(max = 50)
        private String name;
        @DecimalMin("0.01")
        @DecimalMax("1000")
        private BigDecimal weight;
        private boolean deduction;
    }

    static ContestForm of(RoundDetails details) {
        ContestForm form = new ContestForm();
        form.level = details.level();
        form.year = details.year();
        form.quarter = details.quarter();
        form.unitId = details.unitId() == 0 ? null : details.unitId();
        form.title = details.title();
        form.theme = details.theme();
        form.secondTheme = details.secondTheme();
        form.scaleMax = details.scaleMax();
        for (RoundDetails.Criterion c : details.criteria()) {
            Row row = new Row();
            row.name = c.name();
            row.weight = c.weight();
            row.deduction = c.deduction();
            form.criteria.add(row);
        }
        return form.padded();
    }

    static ContestForm of(ContestReading.RoundPage page) {
        ContestForm form = new ContestForm();
        form.level = page.round().getLevel();
        form.year = page.round().getYear();
        form.quarter = page.round().getQuarter();
        form.unitId = page.round().getUnit().getId();
        form.title = page.round().getTitle();
        form.theme = page.round().getTheme();
        form.secondTheme = page.round().getSecondTheme();
        form.scaleMax = page.round().getScaleMax();
        for (ContestCriterion c : page.criteria()) {
            Row row = new Row();
            row.name = c.getName();
            row.weight = c.getWeight();
            row.deduction = c.isDeduction();
            form.criteria.add(row);
        }
        form.version = page.round().getVersion();
        return form.padded();
    }

    /** Empty rows up to the most a round may have, for the page to show. */
    ContestForm padded() {
        while (criteria.size() < ContestAdministration.MAX_CRITERIA) {
            criteria.add(new Row());
        }
        return this;
    }

    RoundDetails details() {
        List<RoundDetails.Criterion> rows = criteria.stream().filter(r -> r != null && r.name != null
                && !r.name.isBlank()).map(r -> new RoundDetails.Criterion(r.name.strip(), r.weight, r.deduction))
                .toList();
        return new RoundDetails(level, year, quarter, unitId, title.strip(), theme.strip(),
                secondTheme == null || secondTheme.isBlank() ? null : secondTheme.strip(), scaleMax, rows);
    }
}
