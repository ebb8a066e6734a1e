package cn.helituan.web.evaluation;

import cn.helituan.domain.evaluation.EvaluationEntry;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The group leader's self-assessment: achievements (required), problems and next year, 2,000 characters each. */
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

    public String getAchievements() {
        return achievements;
    }

    public void setAchievements(String achievements) {
        this.achievements = achievements;
    }

    public String getProblems() {
        return problems;
    }

    public void setProblems(String problems) {
        this.problems = problems;
    }

    public String getNextYear() {
        return nextYear;
    }

    public void setNextYear(String nextYear) {
        this.nextYear = nextYear;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
