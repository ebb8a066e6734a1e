package cn.helituan.domain.evaluation;

import cn.helituan.domain.account.Account;
import cn.helituan.domain.common.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A reviewer's score of a group (0–100) with a comment; one per reviewer and group, changed until the deadline. */
@Entity
@Table(name = "evaluation_score")
public class EvaluationScore extends AuditedEntity {

    @Column(name = "round_id", nullable = false, updatable = false)
    private Long roundId;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private Long entryId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reviewer_id", nullable = false, updatable = false)
    private Account reviewer;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal score;

    @Column(length = 1000)
    private String comment;

    protected EvaluationScore() {
    }

    EvaluationScore(Long roundId, Long entryId, Account reviewer) {
        this.roundId = roundId;
        this.entryId = entryId;
        this.reviewer = reviewer;
    }

    void set(BigDecimal score, String comment) {
        this.score = score;
        this.comment = comment;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getEntryId() {
        return entryId;
    }

    public Account getReviewer() {
        return reviewer;
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }
}
