package cn.helituan.domain.station;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.Stationing;
import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.history.HistoryIgnore;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.member.Member;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stationed cadre's request for days away on duty (外出公务) or leave (请假), with its dates and reason, decided once
 * by an approver (approved or refused, with a note). Approved leave ends early when the cadre reports back (销假) on a
 * day within it: {@link #lastDay()}. The days it covers count as away or on leave on the attendance sheet only when
 * approved; a cadre on approved leave or away is not absent.
 */
@Entity
@Table(name = "station_absence")
public class Absence extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "stationing_id")
    private Stationing stationing;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "object_id")
    private AssistedObject object;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;

    @Enumerated(EnumType.STRING)
    private AbsenceKind kind;

    @Enumerated(EnumType.STRING)
    private AwayReason awayReason;

    private LocalDate startsOn;

    private LocalDate endsOn;

    private String reason;

    @Enumerated(EnumType.STRING)
    private AbsenceStatus status = AbsenceStatus.REQUESTED;

    /** A user name: the history's entry names the person who did it. */
    @HistoryIgnore
    private String decidedBy;

    private Instant decidedAt;

    private String decisionNote;

    private LocalDate backOn;

    protected Absence() {
    }

    /** A request within the stationing's term, its end not before its start (the service checks overlaps). */
    Absence(Stationing stationing, AbsenceKind kind, AwayReason awayReason, LocalDate startsOn, LocalDate endsOn,
            String reason) {
        if (endsOn.isBefore(startsOn)) {
            throw new RuleViolation("endsOn", "absence.endBeforeStart");
        }
        LocalDate termEnd = stationing.getEndsOn() != null ? stationing.getEndsOn() : stationing.getPlannedEndOn();
        if (startsOn.isBefore(stationing.getStartsOn()) || (termEnd != null && endsOn.isAfter(termEnd))) {
            throw new RuleViolation("startsOn", "absence.outsideTerm", stationing.getStartsOn(),
                    termEnd == null ? "" : termEnd);
        }
        if (kind == AbsenceKind.AWAY && awayReason == null) {
            throw new RuleViolation("awayReason", "absence.awayReason.required");
        }
        this.stationing = stationing;
        this.object = stationing.getObject();
        this.member = stationing.getMember();
        this.kind = kind;
        this.awayReason = kind == AbsenceKind.AWAY ? awayReason : null;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.reason = reason;
    }

    /** Approves or refuses (with a note) a request not yet decided. */
    void decide(boolean approve, String note, String by, Instant at) {
        if (status != AbsenceStatus.REQUESTED) {
            throw RuleViolation.global("absence.decided");
        }
        if (!approve && (note == null || note.isBlank())) {
            throw new RuleViolation("note", "absence.note.required");
        }
        this.status = approve ? AbsenceStatus.APPROVED : AbsenceStatus.REFUSED;
        this.decisionNote = note == null || note.isBlank() ? null : note.strip();
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** 销假: the cadre is back; approved leave running on the day ends that day. */
    void reportBack(LocalDate day) {
        if (kind != AbsenceKind.LEAVE || status != AbsenceStatus.APPROVED) {
            throw RuleViolation.global("absence.back.notLeave");
        }
        if (backOn != null) {
            throw RuleViolation.global("absence.back.twice");
        }
        if (day.isBefore(startsOn) || day.isAfter(endsOn)) {
            throw RuleViolation.global("absence.back.outside", startsOn, endsOn);
        }
        this.backOn = day;
    }

    /** The last day it covers: the reported-back day of leave ended early, else its end. */
    public LocalDate lastDay() {
        return backOn != null ? backOn : endsOn;
    }

    /** Whether the cadre may report back from it on the day (approved leave running, not yet ended). */
    public boolean canReportBackOn(LocalDate day) {
        return kind == AbsenceKind.LEAVE && status == AbsenceStatus.APPROVED && backOn == null
                && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public long days() {
        return lastDay().toEpochDay() - startsOn.toEpochDay() + 1;
    }

    public Stationing getStationing() {
        return stationing;
    }

    public AssistedObject getObject() {
        return object;
    }

    public Member getMember() {
        return member;
    }

    public AbsenceKind getKind() {
        return kind;
    }

    public AwayReason getAwayReason() {
        return awayReason;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getReason() {
        return reason;
    }

    public AbsenceStatus getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public LocalDate getBackOn() {
        return backOn;
    }
}
