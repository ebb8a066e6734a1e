package cn.helituan.web.evaluation;

import cn.helituan.domain.evaluation.EvaluationEntry;
import cn.helituan.domain.evaluation.Grade;
import jakarta.validation.constraints.Size;

/** The org admin's grade of a group and the reason (required when it differs from the proposed one: the service). */
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

    public Grade getGrade() {
        return grade;
    }

    public void setGrade(Grade grade) {
        this.grade = grade;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
