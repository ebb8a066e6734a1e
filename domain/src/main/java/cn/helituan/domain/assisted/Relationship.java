package cn.helituan.domain.assisted;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A group paired with an assisted object for a term of one to two years (帮扶关系). Never overwritten: ending it
 * records the day, renewing it starts a new term that points back at this one.
 */
@Entity
@Table(name = "assistance_relationship")
public class Relationship extends AuditedEntity implements Labeled {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private Unit group;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "object_id")
    private AssistedObject object;

    private LocalDate startsOn;

    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    private AssistanceFocus focus;

    private String agreement;

    @Enumerated(EnumType.STRING)
    private RelationshipStatus status = RelationshipStatus.ACTIVE;

    private LocalDate endedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "renewal_of_id")
    private Relationship renewalOf;

    protected Relationship() {
    }

    public Relationship(Unit group, AssistedObject object, LocalDate startsOn, LocalDate endsOn,
                        AssistanceFocus focus, String agreement) {
        if (group.getKind() != UnitKind.GROUP || group.isArchived()) {
            throw new RuleViolation("groupId", "relationship.group.invalid");
        }
        if (object.isArchived()) {
            throw new RuleViolation("objectId", "relationship.object.invalid");
        }
        checkTerm(startsOn, endsOn);
        this.group = group;
        this.object = object;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.focus = focus;
        this.agreement = agreement;
    }

    /** A term runs one to two years: from a year less a day (2025-03-01 to 2026-02-28) to two years. */
    static void checkTerm(LocalDate startsOn, LocalDate endsOn) {
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn.plusYears(1).minusDays(1))
                || endsOn.isAfter(startsOn.plusYears(2))) {
            throw new RuleViolation("endsOn", "relationship.term.length");
        }
    }

    /** Ends the term on the given day (not before it started). */
    public void end(LocalDate day) {
        requireActive();
        if (day == null || day.isBefore(startsOn)) {
            throw new RuleViolation("endedOn", "relationship.end.beforeStart");
        }
        this.status = RelationshipStatus.ENDED;
        this.endedOn = day;
    }

    /** The next term, starting the day after this one ends; this one is kept as renewed. */
    public Relationship renew(LocalDate newEndsOn, AssistanceFocus newFocus, String newAgreement) {
        requireActive();
        Relationship next = new Relationship(group, object, endsOn.plusDays(1), newEndsOn, newFocus, newAgreement);
        next.renewalOf = this;
        this.status = RelationshipStatus.RENEWED;
        return next;
    }

    private void requireActive() {
        if (status != RelationshipStatus.ACTIVE) {
            throw RuleViolation.global("relationship.notActive");
        }
    }

    /** Open: neither ended nor renewed (it may still be past its end date: see {@link #stateOn}). */
    public boolean isActive() {
        return status == RelationshipStatus.ACTIVE;
    }

    /** The last day of the term: the day it was ended, when that came before its end date. */
    public LocalDate lastDay() {
        return endedOn != null && endedOn.isBefore(endsOn) ? endedOn : endsOn;
    }

    /** Where the term stands on the day, from its dates (the same test as the list's filter and the dashboard's). */
    public RelationshipState stateOn(LocalDate day) {
        if (startsOn.isAfter(day)) {
            return RelationshipState.UPCOMING;
        }
        if (!lastDay().isBefore(day)) {
            return RelationshipState.CURRENT;
        }
        return switch (status) {
            case ACTIVE -> RelationshipState.EXPIRED;
            case ENDED -> RelationshipState.ENDED;
            case RENEWED -> RelationshipState.RENEWED;
        };
    }

    /** Active and ending within the given days of today (or already past its end). */
    public boolean endingWithin(LocalDate today, int days) {
        return isActive() && !endsOn.isAfter(today.plusDays(days));
    }

    @Override
    public String label() {
        return group.getName() + " — " + object.getName();
    }

    public Unit getGroup() {
        return group;
    }

    public AssistedObject getObject() {
        return object;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public AssistanceFocus getFocus() {
        return focus;
    }

    public String getAgreement() {
        return agreement;
    }

    public RelationshipStatus getStatus() {
        return status;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public Relationship getRenewalOf() {
        return renewalOf;
    }
}
