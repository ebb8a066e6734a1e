package cn.helituan.domain.contest;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A scoring criterion of a round with its weight; a deduction's weighted score is taken off the total. */
@Entity
@Table(name = "contest_criterion")
public class ContestCriterion extends AuditedEntity implements Labeled {

    @Column(nullable = false, updatable = false)
    private Long roundId;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false, length = 50)
    private String name;
    @Column(nullable = false)
    private BigDecimal weight;
    private boolean deduction;
    private boolean removed;

    protected ContestCriterion() {
    }

    ContestCriterion(long roundId, int position, RoundDetails.Criterion criterion) {
        this.roundId = roundId;
        apply(position, criterion);
    }

    void apply(int position, RoundDetails.Criterion criterion) {
        this.position = position;
        this.name = criterion.name();
        this.weight = criterion.weight();
        this.deduction = criterion.deduction();
        this.removed = false;
    }

    void remove() {
        removed = true;
    }

    @Override
    public String label() {
        return name;
    }

    public Long getRoundId() {
        return roundId;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public boolean isDeduction() {
        return deduction;
    }

    public boolean isRemoved() {
        return removed;
    }
}
