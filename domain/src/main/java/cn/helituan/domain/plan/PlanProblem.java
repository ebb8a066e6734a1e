package cn.helituan.domain.plan;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A problem the group's research visits found (调研发现的问题), for one of its objects. */
@Entity
@Table(name = "plan_problem")
public class PlanProblem extends AuditedEntity implements Labeled {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private AnnualPlan plan;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "object_id")
    private AssistedObject object;

    private String description;
    private boolean removed;

    protected PlanProblem() {
    }

    PlanProblem(AnnualPlan plan, AssistedObject object, String description) {
        this.plan = plan;
        this.object = object;
        this.description = description;
    }

    void remove() {
        removed = true;
    }

    @Override
    public String label() {
        return description;
    }

    public AnnualPlan getPlan() {
        return plan;
    }

    public AssistedObject getObject() {
        return object;
    }

    public String getDescription() {
        return description;
    }

    public boolean isRemoved() {
        return removed;
    }
}
