package cn.helituan.domain.assisted;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.member.Member;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A member stationed in a village or community as its first secretary (驻村第一书记), from a day until a day. */
@Entity
@Table(name = "stationing")
public class Stationing extends AuditedEntity implements Labeled {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "object_id")
    private AssistedObject object;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;

    private LocalDate startsOn;

    private LocalDate endsOn;

    protected Stationing() {
    }

    public Stationing(AssistedObject object, Member member, LocalDate startsOn) {
        if (object.getKind() != AssistedKind.VILLAGE && object.getKind() != AssistedKind.COMMUNITY) {
            throw RuleViolation.global("stationing.kind");
        }
        if (member.isArchived()) {
            throw new RuleViolation("mobile", "stationing.member.archived");
        }
        this.object = object;
        this.member = member;
        this.startsOn = startsOn;
    }

    public void end(LocalDate day) {
        if (endsOn != null) {
            throw RuleViolation.global("stationing.ended");
        }
        if (day == null || day.isBefore(startsOn)) {
            throw RuleViolation.global("stationing.end.beforeStart");
        }
        this.endsOn = day;
    }

    /** Not ended yet (the one an object may have: it can be ended, and no other can begin). */
    public boolean isOpen() {
        return endsOn == null;
    }

    /** Whether the member is stationed there on the day, by the dates: begun, and not ended before it. */
    public boolean isCurrentOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
    }

    /** Whether the stationing begins after the day. */
    public boolean isUpcomingOn(LocalDate day) {
        return startsOn.isAfter(day);
    }

    @Override
    public String label() {
        return member.getName() + " — " + object.getName();
    }

    public AssistedObject getObject() {
        return object;
    }

    public Member getMember() {
        return member;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }
}
