package cn.helituan.domain.contest;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A judge's score of a stop on one criterion, within the round's scale. */
@Entity
@Table(name = "contest_score")
public class ContestScore extends AuditedEntity implements Labeled {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sheet_id", nullable = false, updatable = false)
    private ContestSheet sheet;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "criterion_id", nullable = false, updatable = false)
    private ContestCriterion criterion;
    @Column(nullable = false)
    private BigDecimal score;

    protected ContestScore() {
    }

    ContestScore(ContestSheet sheet, ContestCriterion criterion, BigDecimal score) {
        this.sheet = sheet;
        this.criterion = criterion;
        this.score = score;
    }

    void change(BigDecimal value) {
        this.score = value;
    }

    @Override
    public String label() {
        return criterion.getName() + " " + score;
    }

    public ContestSheet getSheet() {
        return sheet;
    }

    public ContestCriterion getCriterion() {
        return criterion;
    }

    public BigDecimal getScore() {
        return score;
    }
}
