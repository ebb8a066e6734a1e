package cn.helituan.domain.assisted;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.WorkUnit;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A member stationed in a village or community (驻村), from a day until a day: its first secretary (第一书记), its work
 * team's leader (工作队长) or a team member (工作队员), with the record the department files (建档,
 * {@link StationingRecord}). A member has one open stationing at a time; a village one open first secretary and one
 * open team leader (the database's partial unique indexes, V41).
 */
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

    @Enumerated(EnumType.STRING)
    private StationRole role = StationRole.FIRST_SECRETARY;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "work_unit_id")
    private WorkUnit workUnit;

    private String post;

    private LocalDate plannedEndOn;

    private String commitmentProjects;

    private String commitmentFunds;

    private String commitmentResponsibility;

    private LocalDate insuredOn;

    private LocalDate healthCheckedOn;

    private BigDecimal subsidyPerDay;

    protected Stationing() {
    }

    /** A first secretary with nothing else filed yet. */
    public Stationing(AssistedObject object, Member member, LocalDate startsOn) {
        this(object, member, startsOn, StationingRecord.firstSecretary(), null);
    }

    public Stationing(AssistedObject object, Member member, LocalDate startsOn, StationingRecord record,
                      WorkUnit workUnit) {
        if (object.getKind() != AssistedKind.VILLAGE && object.getKind() != AssistedKind.COMMUNITY) {
            throw RuleViolation.global("stationing.kind");
        }
        if (member.isArchived()) {
            throw new RuleViolation("mobile", "stationing.member.archived");
        }
        this.object = object;
        this.member = member;
        this.startsOn = startsOn;
        this.role = record.role() == null ? StationRole.FIRST_SECRETARY : record.role();
        file(record, workUnit);
    }

    /** Files (or corrects) the record; the role is changed only while the stationing is open. */
    public void file(StationingRecord record, WorkUnit workUnit) {
        if (record.plannedEndOn() != null && record.plannedEndOn().isBefore(startsOn)) {
            throw new RuleViolation("plannedEndOn", "stationing.plannedEnd.beforeStart");
        }
        if (record.subsidyPerDay() != null && record.subsidyPerDay().signum() < 0) {
            throw new RuleViolation("subsidyPerDay", "stationing.subsidy.negative");
        }
        if (record.role() != null && record.role() != role) {
            if (!isOpen()) {
                throw new RuleViolation("role", "stationing.ended");
            }
            this.role = record.role();
        }
        this.workUnit = workUnit;
        this.post = record.post();
        this.plannedEndOn = record.plannedEndOn();
        this.commitmentProjects = record.projects();
        this.commitmentFunds = record.funds();
        this.commitmentResponsibility = record.responsibility();
        this.insuredOn = record.insuredOn();
        this.healthCheckedOn = record.healthCheckedOn();
        // to the fen, as the column keeps it (so that the history compares 80.00 with 100.00, not with 100)
        this.subsidyPerDay = record.subsidyPerDay() == null ? null
                : record.subsidyPerDay().setScale(2, RoundingMode.HALF_UP);
    }

    /** The record as filed, for the edit form. */
    public StationingRecord record() {
        return new StationingRecord(role, workUnit == null ? null : workUnit.getId(), post, plannedEndOn,
                commitmentProjects, commitmentFunds, commitmentResponsibility, insuredOn, healthCheckedOn,
                subsidyPerDay);
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

    public StationRole getRole() {
        return role;
    }

    public WorkUnit getWorkUnit() {
        return workUnit;
    }

    public String getPost() {
        return post;
    }

    public LocalDate getPlannedEndOn() {
        return plannedEndOn;
    }

    public String getCommitmentProjects() {
        return commitmentProjects;
    }

    public String getCommitmentFunds() {
        return commitmentFunds;
    }

    public String getCommitmentResponsibility() {
        return commitmentResponsibility;
    }

    public LocalDate getInsuredOn() {
        return insuredOn;
    }

    public LocalDate getHealthCheckedOn() {
        return healthCheckedOn;
    }

    public BigDecimal getSubsidyPerDay() {
        return subsidyPerDay;
    }
}
