package cn.helituan.domain.notification;

import cn.helituan.domain.common.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** How much one factor counts in the monthly ranking (0–100); the deployment's, changed with history. */
@Entity
@Table(name = "ranking_weight")
public class RankingWeight extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private RankingFactor factor;

    @Column(nullable = false)
    private int weight;

    @Column(nullable = false)
    private int sortOrder;

    protected RankingWeight() {
    }

    void setWeight(int weight) {
        this.weight = weight;
    }

    public RankingFactor getFactor() {
        return factor;
    }

    public int getWeight() {
        return weight;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
