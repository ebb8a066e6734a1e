package cn.helituan.domain.supervision;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.member.Member;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A cadre of the inspected group seen present or absent on site, and whether they checked in that day (read from
 * the check-ins when the inspection is recorded): absent but checked in is flagged.
 */
@Entity
@Table(name = "supervision_presence")
public class Presence extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "inspection_id")
    private Inspection inspection;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;

    private boolean present;

    private boolean checkedIn;

    protected Presence() {
    }

    Presence(Inspection inspection, Member member, boolean present, boolean checkedIn) {
        this.inspection = inspection;
        this.member = member;
        this.present = present;
        this.checkedIn = checkedIn;
    }

    /** Absent on site against a check-in that day. */
    public boolean isFlagged() {
        return !present && checkedIn;
    }

    public Inspection getInspection() {
        return inspection;
    }

    public Member getMember() {
        return member;
    }

    public boolean isPresent() {
        return present;
    }

    public boolean isCheckedIn() {
        return checkedIn;
    }
}
