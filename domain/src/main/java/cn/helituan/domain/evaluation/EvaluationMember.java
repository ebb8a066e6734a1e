package cn.helituan.domain.evaluation;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.member.Member;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A member evaluated with a group: no grade of their own means the group's; another grade carries a reason. */
@Entity
@Table(name = "evaluation_member")
public class EvaluationMember extends AuditedEntity {

    @Column(name = "round_id", nullable = false, updatable = false)
    private Long roundId;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private Long entryId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Grade grade;

    @Column(length = 500)
    private String gradeReason;

    protected EvaluationMember() {
    }

    void grade(Grade grade, String reason) {
        this.grade = grade;
        this.gradeReason = grade == null ? null : reason;
    }

    /** The member's grade: their own, else the group's. */
    public Grade gradeWith(Grade groupGrade) {
        return grade != null ? grade : groupGrade;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getEntryId() {
        return entryId;
    }

    public Member getMember() {
        return member;
    }

    public Grade getGrade() {
        return grade;
    }

    public String getGradeReason() {
        return gradeReason;
    }
}
