package cn.helituan.domain.demand;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.common.RuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A step of a project with the day it is due and, once reached, the day it was. */
@Entity
@Table(name = "project_milestone")
public class ProjectMilestone extends AuditedEntity implements Labeled {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;

    private String title;
    private LocalDate dueOn;
    private LocalDate doneOn;

    protected ProjectMilestone() {
    }

    ProjectMilestone(Project project, String title, LocalDate dueOn) {
        this.project = project;
        this.title = title;
        this.dueOn = dueOn;
    }

    void reach(LocalDate day) {
        if (doneOn != null) {
            throw RuleViolation.global("project.milestone.alreadyDone");
        }
        doneOn = day;
    }

    public boolean isOverdue(LocalDate today) {
        return doneOn == null && dueOn.isBefore(today);
    }

    @Override
    public String label() {
        return title;
    }

    public Project getProject() {
        return project;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }
}
