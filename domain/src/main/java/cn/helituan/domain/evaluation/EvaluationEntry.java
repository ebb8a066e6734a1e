package cn.helituan.domain.evaluation;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.team.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A group in a round: its leader's self-assessment (achievements, problems, next year), the grade the system proposed
 * and the grade given — with the reason when it is not the proposed one.
 */
@Entity
@Table(name = "evaluation_entry")
public class EvaluationEntry extends AuditedEntity implements Labeled {

    @Column(name = "round_id", nullable = false, updatable = false)
    private Long roundId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false, updatable = false)
    private Unit group;

    private String achievements;
    private String problems;
    private String nextYear;
    private Instant selfAssessedAt;
    @Column(length = 64)
    private String selfAssessedBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Grade proposedGrade;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Grade grade;

    @Column(length = 500)
    private String gradeReason;

    protected EvaluationEntry() {
    }

    void selfAssess(String achievements, String problems, String nextYear, String by, Instant at) {
        this.achievements = achievements;
        this.problems = problems;
        this.nextYear = nextYear;
        this.selfAssessedBy = by;
        this.selfAssessedAt = at;
    }

    /** The system's proposal; the grade follows it unless it was given with a reason. */
    void propose(Grade proposed) {
        this.proposedGrade = proposed;
        if (gradeReason == null) {
            grade = proposed;
        }
    }

    void grade(Grade grade, String reason) {
        this.grade = grade;
        this.gradeReason = grade == proposedGrade ? null : reason;
    }

    @Override
    public String label() {
        return group.getName();
    }

    public Long getRoundId() {
        return roundId;
    }

    public Unit getGroup() {
        return group;
    }

    public String getAchievements() {
        return achievements;
    }

    public String getProblems() {
        return problems;
    }

    public String getNextYear() {
        return nextYear;
    }

    public Instant getSelfAssessedAt() {
        return selfAssessedAt;
    }

    public String getSelfAssessedBy() {
        return selfAssessedBy;
    }

    public Grade getProposedGrade() {
        return proposedGrade;
    }

    public Grade getGrade() {
        return grade;
    }

    public String getGradeReason() {
        return gradeReason;
    }
}
