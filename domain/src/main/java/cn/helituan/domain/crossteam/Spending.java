package cn.helituan.domain.crossteam;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.history.HistoryIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A spending entry of a team's budget ledger. The attachment's bytes are a column of the row read and written apart
 * ({@link Spendings#writeAttachment}); the entity knows its name and type only. Cancelled with a reason, never deleted.
 */
@Entity
@Table(name = "cross_team_spending")
public class Spending extends AuditedEntity implements Labeled {

    @Column(name = "team_id", nullable = false, updatable = false)
    private Long teamId;
    @Column(nullable = false)
    private LocalDate spentOn;
    @Column(nullable = false, length = 200)
    private String purpose;
    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal amount;
    private Long activityId;
    private Long projectId;
    @Column(length = 200)
    private String attachmentName;
    @Column(length = 100)
    private String attachmentType;
    /** A user name: the history's entry names the person. */
    @HistoryIgnore
    @Column(length = 64)
    private String overrideBy;
    @Column(length = 500)
    private String overrideReason;
    private boolean cancelled;
    @Column(length = 500)
    private String cancelledReason;

    protected Spending() {
    }

    Spending(Long teamId, SpendingDetails details, String overrideBy) {
        this.teamId = teamId;
        this.spentOn = details.spentOn();
        this.purpose = details.purpose();
        this.amount = Money.check("amount", details.amount(), false);
        this.activityId = details.activityId();
        this.projectId = details.projectId();
        this.overrideBy = overrideBy;
        this.overrideReason = overrideBy == null ? null : details.overrideReason();
    }

    void attach(String name, String type) {
        this.attachmentName = name;
        this.attachmentType = type;
    }

    void cancel(String reason) {
        if (cancelled) {
            throw RuleViolation.global("crossteam.spending.cancelled");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "crossteam.spending.cancelReason");
        }
        cancelled = true;
        cancelledReason = reason;
    }

    @Override
    public String label() {
        return purpose;
    }

    public Long getTeamId() {
        return teamId;
    }

    public LocalDate getSpentOn() {
        return spentOn;
    }

    public String getPurpose() {
        return purpose;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Long getActivityId() {
        return activityId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public String getAttachmentType() {
        return attachmentType;
    }

    public boolean hasAttachment() {
        return attachmentName != null;
    }

    public String getOverrideBy() {
        return overrideBy;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public boolean isOverridden() {
        return overrideBy != null;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public String getCancelledReason() {
        return cancelledReason;
    }
}
