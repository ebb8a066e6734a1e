package cn.helituan.domain.supervision;

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

/**
 * A measure against a cadre (提醒谈话 … 组织调整): the finding behind it, or the basis in words (an evaluation), the
 * decision's day and document number.
 */
@Entity
@Table(name = "supervision_measure")
public class Measure extends AuditedEntity implements Labeled {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "kind_id")
    private MeasureKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "finding_id")
    private Finding finding;

    private String basis;

    private LocalDate decidedOn;

    private String documentNo;

    private String note;

    protected Measure() {
    }

    Measure(Member member, MeasureKind kind, Finding finding, String basis, LocalDate decidedOn, String documentNo,
            String note, LocalDate today) {
        if (kind == null) {
            throw new RuleViolation("kind", "supervision.measure.kind.required");
        }
        if (finding == null && (basis == null || basis.isBlank())) {
            throw new RuleViolation("basis", "supervision.measure.basis.required");
        }
        if (decidedOn == null) {
            throw new RuleViolation("decidedOn", "supervision.measure.decidedOn.required");
        }
        if (decidedOn.isAfter(today)) {
            throw new RuleViolation("decidedOn", "supervision.measure.decidedOn.future");
        }
        if (finding != null && decidedOn.isBefore(finding.getFoundOn())) {
            throw new RuleViolation("decidedOn", "supervision.measure.decidedOn.beforeFinding");
        }
        if (documentNo == null || documentNo.isBlank()) {
            throw new RuleViolation("documentNo", "supervision.measure.documentNo.required");
        }
        this.member = member;
        this.kind = kind;
        this.finding = finding;
        this.basis = basis == null || basis.isBlank() ? null : basis.strip();
        this.decidedOn = decidedOn;
        this.documentNo = documentNo.strip();
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    @Override
    public String label() {
        return documentNo;
    }

    public Member getMember() {
        return member;
    }

    public MeasureKind getKind() {
        return kind;
    }

    public Finding getFinding() {
        return finding;
    }

    public String getBasis() {
        return basis;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDocumentNo() {
        return documentNo;
    }

    public String getNote() {
        return note;
    }
}
