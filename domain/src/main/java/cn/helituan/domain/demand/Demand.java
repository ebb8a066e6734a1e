package cn.helituan.domain.demand;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.common.RuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Set;

/**
 * A demand (需求) of one assisted object. Each step of {@link DemandStatus} is a method that refuses to run from a
 * state it does not start from, with a message saying why, and changes nothing then. Who may take a step is the
 * business of {@link DemandAccess}.
 */
@Entity
@Table(name = "demand")
public class Demand extends AuditedEntity implements Labeled {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "object_id")
    private AssistedObject object;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private DemandCategory category;

    private String title;
    private String description;

    @Enumerated(EnumType.STRING)
    private Urgency urgency = Urgency.NORMAL;

    private LocalDate wantedBy;

    /** Raised by the object's own account, which then confirms it resolved; else by the organization department. */
    private boolean raisedByObject;

    @Enumerated(EnumType.STRING)
    private DemandStatus status = DemandStatus.RAISED;

    @Enumerated(EnumType.STRING)
    private DemandStatus statusBefore;

    private String reason;
    private LocalDate resolvedOn;

    protected Demand() {
    }

    Demand(AssistedObject object, boolean raisedByObject) {
        this.object = object;
        this.raisedByObject = raisedByObject;
    }

    /**
     * A demand the organization department raises through an import (an Excel demand list): its fields are the
     * importer's to check as the form's are the service's.
     */
    public static Demand imported(AssistedObject object, DemandCategory category, String title, String description,
                                  Urgency urgency, LocalDate wantedBy) {
        Demand demand = new Demand(object, false);
        demand.describe(category, title, description, urgency, wantedBy);
        return demand;
    }

    /** A re-imported row's new text, while nobody has taken the demand up yet. */
    public void revise(DemandCategory category, String title, String description, Urgency urgency,
                       LocalDate wantedBy) {
        require(Set.of(DemandStatus.RAISED), "demand.refused.edit");
        describe(category, title, description, urgency, wantedBy);
    }

    /** What the demand says; only while nobody has taken it up yet (RAISED). */
    void describe(DemandCategory category, String title, String description, Urgency urgency, LocalDate wantedBy) {
        this.category = category;
        this.title = title;
        this.description = description;
        this.urgency = urgency == null ? Urgency.NORMAL : urgency;
        this.wantedBy = wantedBy;
    }

    void accept() {
        require(Set.of(DemandStatus.RAISED), "demand.refused.accept");
        status = DemandStatus.ACCEPTED;
        reason = null;
    }

    void decline(String why) {
        require(Set.of(DemandStatus.RAISED), "demand.refused.decline");
        reason = required(why);
        status = DemandStatus.DECLINED;
    }

    /** A project now answers it. */
    void match() {
        require(Set.of(DemandStatus.ACCEPTED), "demand.refused.match");
        status = DemandStatus.MATCHED;
    }

    /** Work has begun on it (its project's first activity or progress); nothing happens once it is under way. */
    void start() {
        if (status == DemandStatus.MATCHED) {
            status = DemandStatus.IN_PROGRESS;
        }
    }

    /** The group says it is solved: the raiser is asked to confirm. */
    void reportSolved() {
        require(Set.of(DemandStatus.MATCHED, DemandStatus.IN_PROGRESS), "demand.refused.solve");
        status = DemandStatus.SOLVED;
        reason = null;
    }

    /** The raiser's confirmation: only now is it resolved. */
    void confirmResolved(LocalDate today) {
        require(Set.of(DemandStatus.SOLVED), "demand.refused.confirm");
        status = DemandStatus.RESOLVED;
        resolvedOn = today;
    }

    /** The raiser says it is not solved after all. */
    void reopen(String why) {
        require(Set.of(DemandStatus.SOLVED), "demand.refused.reopen");
        reason = required(why);
        status = DemandStatus.IN_PROGRESS;
    }

    /** "Cannot be solved", with the reason; the organization department reviews it. */
    void proposeUnsolvable(String why) {
        require(Set.of(DemandStatus.ACCEPTED, DemandStatus.MATCHED, DemandStatus.IN_PROGRESS),
                "demand.refused.unsolvable");
        String given = required(why);
        statusBefore = status;
        status = DemandStatus.UNSOLVABLE_PROPOSED;
        reason = given;
    }

    /** The review of "cannot be solved": agreed, it ends there; refused, it goes back to where it was. */
    void reviewUnsolvable(boolean agreed) {
        require(Set.of(DemandStatus.UNSOLVABLE_PROPOSED), "demand.refused.review");
        status = agreed ? DemandStatus.UNSOLVABLE : statusBefore;
        statusBefore = null;
        if (!agreed) {
            // the proposal's reason stays in the history; the demand is worked on again
            reason = null;
        }
    }

    /** Open with a wished-for date gone by. */
    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && wantedBy != null && wantedBy.isBefore(today);
    }

    private void require(Set<DemandStatus> from, String messageKey) {
        if (!from.contains(status)) {
            throw RuleViolation.global(messageKey);
        }
    }

    private static String required(String why) {
        if (why == null || why.isBlank()) {
            throw new RuleViolation("reason", "demand.reason.required");
        }
        if (why.length() > 500) {
            throw new RuleViolation("reason", "demand.reason.tooLong");
        }
        return why.strip();
    }

    @Override
    public String label() {
        return title;
    }

    public AssistedObject getObject() {
        return object;
    }

    public DemandCategory getCategory() {
        return category;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public LocalDate getWantedBy() {
        return wantedBy;
    }

    public boolean isRaisedByObject() {
        return raisedByObject;
    }

    public DemandStatus getStatus() {
        return status;
    }

    public DemandStatus getStatusBefore() {
        return statusBefore;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getResolvedOn() {
        return resolvedOn;
    }
}
