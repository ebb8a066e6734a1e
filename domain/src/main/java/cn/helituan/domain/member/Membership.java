package cn.helituan.domain.member;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.team.Unit;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A member's time in a unit, with a position. Leaving sets {@code leftOn}; the row stays as history. */
@Entity
@Table(name = "membership")
public class Membership extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Enumerated(EnumType.STRING)
    private Position position;

    private LocalDate joinedOn;

    private LocalDate leftOn;

    protected Membership() {
    }

    public Membership(Member member, Unit unit, Position position, LocalDate joinedOn) {
        if (unit.isArchived()) {
            throw new RuleViolation("unitId", "unit.parent.archived");
        }
        if (!position.fits(unit.getKind())) {
            throw new RuleViolation("position", "membership.position.unfit");
        }
        if (joinedOn == null) {
            throw new RuleViolation("joinedOn", "membership.joinedOn.required");
        }
        this.member = member;
        this.unit = unit;
        this.position = position;
        this.joinedOn = joinedOn;
    }

    public void leave(LocalDate on) {
        if (leftOn != null) {
            throw RuleViolation.global("membership.alreadyLeft");
        }
        if (on == null || on.isBefore(joinedOn)) {
            throw new RuleViolation("leftOn", "membership.leftOn.beforeJoined");
        }
        this.leftOn = on;
    }

    public boolean isActive() {
        return leftOn == null;
    }

    public Member getMember() {
        return member;
    }

    public Unit getUnit() {
        return unit;
    }

    public Position getPosition() {
        return position;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }
}
