package cn.helituan.web.casebook;

import cn.helituan.domain.casebook.CaseDetails;
import cn.helituan.domain.casebook.CaseStudy;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A case's form, for drafting and editing. */
@Getter
@Setter
public class CaseForm {

    @NotBlank
    @Size(max = 200)
    private String title;
    private Long objectId;
    /** The unit the case is of (a choice within the author's scope). */
    private Long unitId;
    @NotBlank
    @Size(max = 100)
    private String theme;
    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;
    @Size(max = 5000)
    private String problem;
    @Size(max = 5000)
    private String actions;
    @Size(max = 5000)
    private String results;
    /** Where a pre-filled draft came from, carried through the form. */
    @Size(max = 200)
    private String source;
    private Long stopId;
    private long version;

    static CaseForm of(CaseDetails details, String source, Long stopId) {
        CaseForm form = new CaseForm();
        form.title = details.title();
        form.objectId = details.objectId();
        form.unitId = details.unitId();
        form.theme = details.theme();
        form.year = details.year();
        form.problem = details.problem();
        form.actions = details.actions();
        form.results = details.results();
        form.source = source;
        form.stopId = stopId;
        return form;
    }

    static CaseForm of(CaseStudy study) {
        CaseForm form = of(new CaseDetails(study.getTitle(), study.getObject() == null ? null
                : study.getObject().getId(), study.getTheme(), study.getYear(), study.getProblem(),
                study.getActions(), study.getResults(), study.getUnit() == null ? null : study.getUnit().getId()),
                study.getSource(), study.getStopId());
        form.version = study.getVersion();
        return form;
    }

    CaseDetails details() {
        return new CaseDetails(title.strip(), objectId, theme.strip(), year, blank(problem), blank(actions),
                blank(results), unitId);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
