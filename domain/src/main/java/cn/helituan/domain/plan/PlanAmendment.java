package cn.helituan.domain.plan;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A change to an approved plan (调整): why, and what it changed; the changed records' history says how. */
@Entity
@Table(name = "plan_amendment")
public class PlanAmendment extends AuditedEntity implements Labeled {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private AnnualPlan plan;

    private String reason;
    private String change;

    protected PlanAmendment() {
    }

    PlanAmendment(AnnualPlan plan, String reason, String change) {
        this.plan = plan;
        this.reason = reason;
        this.change = change;
    }

    @Override
    public String label() {
        return change;
    }

    public AnnualPlan getPlan() {
        return plan;
    }

    public String getReason() {
        return reason;
    }

    public String getChange() {
        return change;
    }
}
