package cn.helituan.domain.plan;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.history.HistoryIgnore;
import cn.helituan.domain.team.Unit;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A group's plan for a year (年度帮扶计划). Written while DRAFT or RETURNED; handed in (SUBMITTED) it waits for the
 * sub-team or the organization department, who approve it or return it with a reason; APPROVED, it changes only
 * through a recorded amendment ({@link PlanAmendment}). Each step checks where the plan stands first and changes
 * nothing when it is refused.
 */
@Entity
@Table(name = "annual_plan")
public class AnnualPlan extends AuditedEntity implements Labeled {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private Unit group;

    private int year;

    @Enumerated(EnumType.STRING)
    private PlanStatus status = PlanStatus.DRAFT;

    private String summary;
    private String returnedReason;
    private Instant submittedAt;
    private Instant approvedAt;
    /** A user name: the history's entry names the person. */
    @HistoryIgnore
    private String approvedBy;

    @HistoryIgnore
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    @OrderBy("kind desc, dueOn, id")
    private List<PlanTask> tasks = new ArrayList<>();

    @HistoryIgnore
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<PlanProblem> problems = new ArrayList<>();

    protected AnnualPlan() {
    }

    AnnualPlan(Unit group, int year) {
        this.group = group;
        this.year = year;
    }

    /** Whether changing it needs an amendment (it is approved). */
    public boolean needsAmendment() {
        return status == PlanStatus.APPROVED;
    }

    /** A change to its content: refused while it waits for review (return it first), recorded once approved. */
    void requireWritable() {
        if (status == PlanStatus.SUBMITTED) {
            throw RuleViolation.global("plan.refused.editSubmitted");
        }
    }

    void summarize(String text) {
        requireWritable();
        this.summary = text;
    }

    void submit(Instant at) {
        if (status != PlanStatus.DRAFT && status != PlanStatus.RETURNED) {
            throw RuleViolation.global("plan.refused.submit");
        }
        if (tasks.stream().allMatch(PlanTask::isRemoved)) {
            throw RuleViolation.global("plan.tasks.required");
        }
        status = PlanStatus.SUBMITTED;
        submittedAt = at;
    }

    void approve(String by, Instant at) {
        if (status != PlanStatus.SUBMITTED) {
            throw RuleViolation.global("plan.refused.approve");
        }
        status = PlanStatus.APPROVED;
        approvedBy = by;
        approvedAt = at;
        returnedReason = null;
    }

    void giveBack(String reason) {
        if (status != PlanStatus.SUBMITTED) {
            throw RuleViolation.global("plan.refused.return");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "plan.reason.required");
        }
        status = PlanStatus.RETURNED;
        returnedReason = reason.strip();
    }

    PlanTask newTask() {
        requireWritable();
        PlanTask task = new PlanTask(this);
        tasks.add(task);
        return task;
    }

    PlanProblem newProblem(cn.helituan.domain.assisted.AssistedObject object, String description) {
        requireWritable();
        PlanProblem problem = new PlanProblem(this, object, description);
        problems.add(problem);
        return problem;
    }

    public List<PlanTask> liveTasks() {
        return tasks.stream().filter(t -> !t.isRemoved()).toList();
    }

    public List<PlanProblem> liveProblems() {
        return problems.stream().filter(p -> !p.isRemoved()).toList();
    }

    @Override
    public String label() {
        return year + " " + group.getName();
    }

    public Unit getGroup() {
        return group;
    }

    public int getYear() {
        return year;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getSummary() {
        return summary;
    }

    public String getReturnedReason() {
        return returnedReason;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public List<PlanTask> getTasks() {
        return tasks;
    }

    public List<PlanProblem> getProblems() {
        return problems;
    }
}
