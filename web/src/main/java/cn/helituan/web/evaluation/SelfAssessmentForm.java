package cn.helituan.web.evaluation;

import cn.helituan.domain.evaluation.EvaluationEntry;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The group leader's self-assessment: achievements (required), problems and next year, 2,000 characters each. */
@Getter
@Setter
public class SelfAssessmentForm {

    @NotBlank
    @Size(max = 2000)
    private String achievements;
    @Size(max = 2000)
    private String problems;
    @Size(max = 2000)
    private String nextYear;
    private long version;

    static SelfAssessmentForm of(EvaluationEntry entry) {
        SelfAssessmentForm form = new SelfAssessmentForm();
        form.achievements = entry.getAchievements();
        form.problems = entry.getProblems();
        form.nextYear = entry.getNextYear();
        form.version = entry.getVersion();
        return form;
    }
}
