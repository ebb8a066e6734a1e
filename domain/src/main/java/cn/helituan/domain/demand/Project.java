package cn.helituan.domain.demand;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.history.HistoryIgnore;
import cn.helituan.domain.member.Member;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A project (项目): the answer to one demand, owned by a group, with a responsible member of it, resources it takes, a
 * deadline, a budget and milestones. Its progress is the group's word (0–100 and a note); its activities are those
 * logged for it.
 */
@Entity
@Table(name = "project")
public class Project extends AuditedEntity implements Labeled {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "demand_id")
    private Demand demand;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private Unit group;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responsible_id")
    private Member responsible;

    private String title;
    private LocalDate startsOn;
    private LocalDate deadline;
    private BigDecimal budget;
    private int progress;
    private String progressNote;

    @Enumerated(EnumType.STRING)
    private ProjectStatus status = ProjectStatus.ACTIVE;

    @HistoryIgnore
    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<ProjectAllocation> allocations = new ArrayList<>();

    @HistoryIgnore
    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL)
    @OrderBy("dueOn, id")
    private List<ProjectMilestone> milestones = new ArrayList<>();

    protected Project() {
    }

    Project(Demand demand, Unit group, Member responsible, String title, LocalDate startsOn, LocalDate deadline,
            BigDecimal budget) {
        if (startsOn == null) {
            throw new RuleViolation("startsOn", "project.startsOn.required");
        }
        if (deadline == null) {
            throw new RuleViolation("deadline", "project.deadline.required");
        }
        if (deadline.isBefore(startsOn)) {
            throw new RuleViolation("deadline", "project.deadline.beforeStart");
        }
        if (budget != null && budget.signum() < 0) {
            throw new RuleViolation("budget", "project.budget.negative");
        }
        this.demand = demand;
        this.group = group;
        this.responsible = responsible;
        this.title = title;
        this.startsOn = startsOn;
        this.deadline = deadline;
        this.budget = budget;
    }

    void take(AidResource resource, BigDecimal amount) {
        resource.allocate(amount);
        allocations.add(new ProjectAllocation(this, resource, amount));
    }

    void progress(int percent, String note) {
        requireActive();
        if (percent < 0 || percent > 100) {
            throw new RuleViolation("progress", "project.progress.range");
        }
        this.progress = percent;
        this.progressNote = note == null || note.isBlank() ? null : note.strip();
    }

    ProjectMilestone addMilestone(String title, LocalDate dueOn) {
        requireActive();
        if (title == null || title.isBlank()) {
            throw new RuleViolation("title", "project.milestone.title");
        }
        if (dueOn == null) {
            throw new RuleViolation("dueOn", "project.milestone.dueOn");
        }
        if (dueOn.isBefore(startsOn)) {
            throw new RuleViolation("dueOn", "project.milestone.beforeStart");
        }
        ProjectMilestone milestone = new ProjectMilestone(this, title.strip(), dueOn);
        milestones.add(milestone);
        return milestone;
    }

    void finish(ProjectStatus end) {
        if (status == ProjectStatus.ACTIVE) {
            status = end;
            if (end == ProjectStatus.DONE) {
                progress = 100;
            }
        }
    }

    /** Back to work (its demand reopened, or "cannot be solved" refused). */
    void resume() {
        status = ProjectStatus.ACTIVE;
    }

    public boolean isActive() {
        return status == ProjectStatus.ACTIVE;
    }

    public boolean isOverdue(LocalDate today) {
        return isActive() && deadline.isBefore(today);
    }

    private void requireActive() {
        if (!isActive()) {
            throw RuleViolation.global("project.notActive");
        }
    }

    @Override
    public String label() {
        return title;
    }

    public Demand getDemand() {
        return demand;
    }

    public Unit getGroup() {
        return group;
    }

    public Member getResponsible() {
        return responsible;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public int getProgress() {
        return progress;
    }

    public String getProgressNote() {
        return progressNote;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public List<ProjectAllocation> getAllocations() {
        return allocations;
    }

    public List<ProjectMilestone> getMilestones() {
        return milestones;
    }
}
