package cn.helituan.domain.activity;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.history.HistoryIgnore;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One object an activity covers, and that object's word on it: reported, confirmed or disputed (with a reason). */
@Entity
@Table(name = "activity_object")
public class ActivityObject extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "object_id")
    private AssistedObject object;

    @Enumerated(EnumType.STRING)
    private ActivityStatus status = ActivityStatus.REPORTED;

    private String reason;
    private String decidedBy;
    /** (the history entry of the decision carries its time) */
    @HistoryIgnore
    private Instant decidedAt;

    protected ActivityObject() {
    }

    ActivityObject(Activity activity, AssistedObject object) {
        this.activity = activity;
        this.object = object;
    }

    void confirm(String by, Instant at) {
        this.status = ActivityStatus.CONFIRMED;
        this.reason = null;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void dispute(String by, Instant at, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "activity.dispute.reasonRequired");
        }
        this.status = ActivityStatus.DISPUTED;
        this.reason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** An edit of the activity sends it back for confirmation. */
    void reopen() {
        this.status = ActivityStatus.REPORTED;
        this.reason = null;
        this.decidedBy = null;
        this.decidedAt = null;
    }

    public Activity getActivity() {
        return activity;
    }

    public AssistedObject getObject() {
        return object;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
