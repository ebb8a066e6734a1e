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
import java.time.LocalDateTime;

/**
 * A stationed cadre's major-matter report (重大事项报告): its kind, when it happened, what happened and what was done,
 * reported at the server's time; acknowledged once, with a note, by an approver of the village.
 */
@Entity
@Table(name = "station_major_matter")
public class MajorMatter extends AuditedEntity {

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
    private MajorMatterKind kind;

    private LocalDateTime happenedAt;

    private String what;

    private String done;

    private Instant reportedAt;

    /** A user name: the history's entry names the person who did it. */
    @HistoryIgnore
    private String acknowledgedBy;

    private Instant acknowledgedAt;

    private String acknowledgement;

    protected MajorMatter() {
    }

    /** A report of something that has happened (not after {@code now}, the deployment's wall-clock time). */
    MajorMatter(Stationing stationing, MajorMatterKind kind, LocalDateTime happenedAt, String what, String done,
                Instant reportedAt, LocalDateTime now) {
        if (happenedAt.isAfter(now)) {
            throw new RuleViolation("happenedAt", "majorMatter.future");
        }
        this.stationing = stationing;
        this.object = stationing.getObject();
        this.member = stationing.getMember();
        this.kind = kind;
        this.happenedAt = happenedAt;
        this.what = what;
        this.done = done;
        this.reportedAt = reportedAt;
    }

    void acknowledge(String note, String by, Instant at) {
        if (acknowledgedBy != null) {
            throw RuleViolation.global("majorMatter.acknowledged");
        }
        if (note == null || note.isBlank()) {
            throw new RuleViolation("note", "majorMatter.note.required");
        }
        this.acknowledgement = note.strip();
        this.acknowledgedBy = by;
        this.acknowledgedAt = at;
    }

    public boolean isAcknowledged() {
        return acknowledgedBy != null;
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

    public MajorMatterKind getKind() {
        return kind;
    }

    public LocalDateTime getHappenedAt() {
        return happenedAt;
    }

    public String getWhat() {
        return what;
    }

    public String getDone() {
        return done;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAcknowledgement() {
        return acknowledgement;
    }
}
