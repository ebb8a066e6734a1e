package cn.helituan.domain.supervision;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.history.HistoryIgnore;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.team.Unit;
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
 * A finding of an inspection and its rectification (整改): OPEN → {@link #answer} → ANSWERED → {@link #verify}
 * → CLOSED, or RETURNED with a reason → answer again; a CLOSED finding changes only by {@link #reopen} with a reason.
 * Each step checks the state first and throws a {@link RuleViolation} before changing anything.
 */
@Entity
@Table(name = "supervision_finding")
public class Finding extends AuditedEntity implements Labeled {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "inspection_id")
    private Inspection inspection;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private ChecklistItem item;

    private String what;

    private String place;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    private LocalDate foundOn;

    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    private FindingStatus status;

    private String answer;

    /** A user name: the history's entry names the person. */
    @HistoryIgnore
    private String answeredBy;

    private Instant answeredAt;

    /** Why it was returned, or why it was reopened: the latest reason (the history keeps each). */
    private String reason;

    @HistoryIgnore
    private String verifiedBy;

    private LocalDate closedOn;

    protected Finding() {
    }

    public record Details(Long itemId, Long memberId, String what, String place, Severity severity,
                          LocalDate deadline) {
    }

    Finding(Inspection inspection, ChecklistItem item, Member member, String what, String place, Severity severity,
            LocalDate deadline) {
        if (what == null || what.isBlank()) {
            throw new RuleViolation("what", "supervision.finding.what.required");
        }
        if (severity == null) {
            throw new RuleViolation("severity", "supervision.finding.severity.required");
        }
        if (deadline == null) {
            throw new RuleViolation("deadline", "supervision.finding.deadline.required");
        }
        if (deadline.isBefore(inspection.getInspectedOn())) {
            throw new RuleViolation("deadline", "supervision.finding.deadline.beforeFound");
        }
        this.inspection = inspection;
        this.unit = inspection.getUnit();
        this.item = item;
        this.member = member;
        this.what = what.strip();
        this.place = place == null || place.isBlank() ? null : place.strip();
        this.severity = severity;
        this.foundOn = inspection.getInspectedOn();
        this.deadline = deadline;
        this.status = FindingStatus.OPEN;
    }

    /** The responsible group's correction: from OPEN or RETURNED. */
    void answer(String text, String by, Instant at) {
        if (status != FindingStatus.OPEN && status != FindingStatus.RETURNED) {
            throw RuleViolation.global("supervision.finding.answer.state", status);
        }
        if (text == null || text.isBlank()) {
            throw new RuleViolation("answer", "supervision.finding.answer.required");
        }
        this.answer = text.strip();
        this.answeredBy = by;
        this.answeredAt = at;
        this.status = FindingStatus.ANSWERED;
    }

    /**
     * The inspector's verdict on an answer: accepted (CLOSED on {@code today}) or returned with a reason; never by
     * the one who answered.
     */
    void verify(boolean accepted, String returnReason, String by, LocalDate today) {
        if (status != FindingStatus.ANSWERED) {
            throw RuleViolation.global("supervision.finding.verify.state", status);
        }
        if (by.equals(answeredBy)) {
            throw RuleViolation.global("supervision.finding.verify.own");
        }
        if (!accepted && (returnReason == null || returnReason.isBlank())) {
            throw new RuleViolation("reason", "supervision.finding.reason.required");
        }
        this.verifiedBy = by;
        if (accepted) {
            this.status = FindingStatus.CLOSED;
            this.closedOn = today;
        } else {
            this.status = FindingStatus.RETURNED;
            this.reason = returnReason.strip();
        }
    }

    /** A closed finding opened again, with a reason (its correction did not hold): OPEN, the same deadline. */
    void reopen(String why, LocalDate newDeadline) {
        if (status != FindingStatus.CLOSED) {
            throw RuleViolation.global("supervision.finding.reopen.state", status);
        }
        if (why == null || why.isBlank()) {
            throw new RuleViolation("reason", "supervision.finding.reason.required");
        }
        if (newDeadline != null && newDeadline.isBefore(foundOn)) {
            throw new RuleViolation("deadline", "supervision.finding.deadline.beforeFound");
        }
        this.reason = why.strip();
        this.status = FindingStatus.OPEN;
        this.closedOn = null;
        if (newDeadline != null) {
            this.deadline = newDeadline;
        }
    }

    /** A change to what was found or its deadline, while the finding is not closed. */
    void change(String newWhat, Severity newSeverity, LocalDate newDeadline) {
        if (status == FindingStatus.CLOSED) {
            throw RuleViolation.global("supervision.finding.closed");
        }
        if (newWhat == null || newWhat.isBlank()) {
            throw new RuleViolation("what", "supervision.finding.what.required");
        }
        if (newDeadline == null || newDeadline.isBefore(foundOn)) {
            throw new RuleViolation("deadline", "supervision.finding.deadline.beforeFound");
        }
        this.what = newWhat.strip();
        if (newSeverity != null) {
            this.severity = newSeverity;
        }
        this.deadline = newDeadline;
    }

    /** Past its deadline and not closed: follows from the date, never stored. */
    public boolean isOverdue(LocalDate today) {
        return status != FindingStatus.CLOSED && deadline.isBefore(today);
    }

    /** Closed on or before its deadline. */
    public boolean isRectifiedOnTime() {
        return status == FindingStatus.CLOSED && !closedOn.isAfter(deadline);
    }

    public boolean isClosed() {
        return status == FindingStatus.CLOSED;
    }

    @Override
    public String label() {
        return what.length() > 40 ? what.substring(0, 40) + "…" : what;
    }

    public Inspection getInspection() {
        return inspection;
    }

    public Unit getUnit() {
        return unit;
    }

    public Member getMember() {
        return member;
    }

    public ChecklistItem getItem() {
        return item;
    }

    public String getWhat() {
        return what;
    }

    public String getPlace() {
        return place;
    }

    public Severity getSeverity() {
        return severity;
    }

    public LocalDate getFoundOn() {
        return foundOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public FindingStatus getStatus() {
        return status;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getReason() {
        return reason;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }
}
