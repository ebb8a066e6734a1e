package cn.helituan.domain.notification;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.history.HistoryIgnore;
import cn.helituan.domain.team.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A scope's notification for a month (每月通报): generated from the record as a draft, published after review. The
 * counts here and the {@link NotificationLine}s are what the record said when it was generated; a published one
 * never changes (the database refuses).
 */
@Entity
@Table(name = "monthly_notification")
public class MonthlyNotification extends AuditedEntity implements Labeled {

    /** The scope's unit; null for the whole deployment. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "scope_unit_id", updatable = false)
    private Unit scopeUnit;

    @Column(nullable = false, updatable = false)
    private LocalDate month;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NotificationStatus status = NotificationStatus.DRAFT;

    /** The ranking's weights when generated, "ACTIVITIES:30,FUNDS_SECURED:15,…". */
    @Column(nullable = false, updatable = false, length = 500)
    private String weights;

    @Column(updatable = false)
    private int reported;
    @Column(updatable = false)
    private int confirmed;
    @Column(name = "group_count", updatable = false)
    private int groups;
    @Column(name = "silent_count", updatable = false)
    private int silent;
    @Column(updatable = false)
    private int demandsOverdue;
    @Column(updatable = false)
    private int projectsOverdue;
    @Column(updatable = false)
    private int plansMissing;
    /** The stationed cadres with an absent day in the month (the attendance sheet's ?absent=true), when generated. */
    @Column(name = "missing_checkins", updatable = false)
    private int missingCheckIns;
    /** The supervision section's figures when generated (V56): see {@link cn.helituan.domain.supervision.SupervisionMonth}. */
    @Column(updatable = false)
    private int inspections;
    @Column(updatable = false)
    private int findings;
    @Column(updatable = false)
    private int rectifiedOnTime;
    @Column(name = "findings_overdue", updatable = false)
    private int findingsOverdue;
    @Column(updatable = false)
    private int measures;

    private Instant publishedAt;
    /** A user name: the history's entry names the person. */
    @HistoryIgnore
    @Column(length = 64)
    private String publishedBy;

    protected MonthlyNotification() {
    }

    MonthlyNotification(Unit scopeUnit, YearMonth month, String weights, long reported, long confirmed, long groups,
                        long silent, long demandsOverdue, long projectsOverdue, long plansMissing,
                        long missingCheckIns, cn.helituan.domain.supervision.SupervisionMonth supervision) {
        this.scopeUnit = scopeUnit;
        this.month = month.atDay(1);
        this.weights = weights;
        this.reported = (int) reported;
        this.confirmed = (int) confirmed;
        this.groups = (int) groups;
        this.silent = (int) silent;
        this.demandsOverdue = (int) demandsOverdue;
        this.projectsOverdue = (int) projectsOverdue;
        this.plansMissing = (int) plansMissing;
        this.missingCheckIns = (int) missingCheckIns;
        this.inspections = (int) supervision.inspections();
        this.findings = (int) supervision.findings();
        this.rectifiedOnTime = (int) supervision.rectifiedOnTime();
        this.findingsOverdue = (int) supervision.overdue();
        this.measures = (int) supervision.measures();
    }

    public int getInspections() {
        return inspections;
    }

    public int getFindings() {
        return findings;
    }

    public int getRectifiedOnTime() {
        return rectifiedOnTime;
    }

    public int getFindingsOverdue() {
        return findingsOverdue;
    }

    public int getMeasures() {
        return measures;
    }

    void publish(String by, Instant at) {
        if (status != NotificationStatus.DRAFT) {
            throw RuleViolation.global("notification.publish.notDraft");
        }
        status = NotificationStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
    }

    void supersede() {
        status = NotificationStatus.SUPERSEDED;
    }

    @Override
    public String label() {
        return YearMonth.from(month) + (scopeUnit == null ? "" : " " + scopeUnit.getName());
    }

    public Unit getScopeUnit() {
        return scopeUnit;
    }

    public YearMonth getMonth() {
        return YearMonth.from(month);
    }

    public NotificationStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == NotificationStatus.PUBLISHED;
    }

    public String getWeights() {
        return weights;
    }

    public int getReported() {
        return reported;
    }

    public int getConfirmed() {
        return confirmed;
    }

    public int getGroups() {
        return groups;
    }

    public int getSilent() {
        return silent;
    }

    public int getMissingCheckIns() {
        return missingCheckIns;
    }

    public int getDemandsOverdue() {
        return demandsOverdue;
    }

    public int getProjectsOverdue() {
        return projectsOverdue;
    }

    public int getPlansMissing() {
        return plansMissing;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
