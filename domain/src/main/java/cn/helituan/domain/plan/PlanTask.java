package cn.helituan.domain.plan;

import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.history.HistoryIgnore;
import cn.helituan.domain.member.Member;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A task of a year's plan, in one of the two lists, with the objects it serves, a measurable target where one fits
 * (an activity figure and how much of it), an owner and a due date. Its actual value is not typed: it is summed from
 * the activities logged against it ("凭单问效"). A task with a target is done when the actual reaches it; one
 * without is done when marked so.
 */
@Entity
@Table(name = "plan_task")
public class PlanTask extends AuditedEntity implements Labeled {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private AnnualPlan plan;

    @Enumerated(EnumType.STRING)
    private TaskKind kind;

    private String title;

    @Enumerated(EnumType.STRING)
    private Figure targetFigure;

    private BigDecimal targetValue;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private Member owner;

    private LocalDate dueOn;
    private LocalDate doneOn;
    private boolean removed;

    @HistoryIgnore
    @ManyToMany
    @JoinTable(name = "plan_task_object", joinColumns = @JoinColumn(name = "task_id"),
            inverseJoinColumns = @JoinColumn(name = "object_id"))
    private Set<AssistedObject> objects = new LinkedHashSet<>();

    protected PlanTask() {
    }

    PlanTask(AnnualPlan plan) {
        this.plan = plan;
    }

    void describe(TaskDetails details, Member owner, Collection<AssistedObject> served) {
        this.kind = details.kind();
        this.title = details.title();
        this.targetFigure = details.targetFigure();
        this.targetValue = details.targetValue();
        this.owner = owner;
        this.dueOn = details.dueOn();
        objects.clear();
        objects.addAll(served);
    }

    void markDone(LocalDate day) {
        doneOn = day;
    }

    void remove() {
        removed = true;
    }

    /** Done: marked so, or its actual (as reported) has reached the target. */
    public boolean isDone(BigDecimal actual) {
        return doneOn != null || targetValue != null && actual != null && actual.compareTo(targetValue) >= 0;
    }

    public boolean hasTarget() {
        return targetFigure != null;
    }

    @Override
    public String label() {
        return title;
    }

    public AnnualPlan getPlan() {
        return plan;
    }

    public TaskKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public Figure getTargetFigure() {
        return targetFigure;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public Member getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public boolean isRemoved() {
        return removed;
    }

    public Set<AssistedObject> getObjects() {
        return objects;
    }
}
