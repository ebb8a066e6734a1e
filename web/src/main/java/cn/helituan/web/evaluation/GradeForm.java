package cn.helituan.web.evaluation;

import cn.helituan.domain.evaluation.EvaluationEntry;
import cn.helituan.domain.evaluation.Grade;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The org admin's grade of a group and the reason (required when it differs from the proposed one: the service). */
@Getter
@Setter
public class GradeForm {

    private Grade grade;
    @Size(max = 500)
    private String reason;
    private long version;

    static GradeForm of(EvaluationEntry entry) {
        GradeForm form = new GradeForm();
        form.grade = entry.getGrade();
        form.reason = entry.getGradeReason();
        form.version = entry.getVersion();
        return form;
    }
}
