package cn.helituan.domain.evaluation;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.history.HistoryIgnore;
import cn.helituan.domain.team.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * An evaluation round (年度考核) of a year and a scope: its settings (deadline, grades, quota of the top grade,
 * indicators' weights) change while it is open; publishing locks it and everything graded in it (the database
 * refuses changes) until it is reopened with a reason.
 */
@Entity
@Table(name = "evaluation_round")
public class EvaluationRound extends AuditedEntity implements Labeled {

    @Column(nullable = false, updatable = false)
    private int year;

    /** The scope's unit; null for the whole deployment. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "scope_unit_id", updatable = false)
    private Unit scopeUnit;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private LocalDate deadline;

    @Convert(converter = Grade.Column.class)
    @Column(nullable = false, length = 100)
    private Set<Grade> grades = Grade.DEFAULT;

    /** At most this percent of those evaluated get the top grade. */
    @Column(nullable = false)
    private int topQuota;

    /** "TASKS:16,KEY_TASKS:12,…" ({@link Indicator#write}). */
    @Column(nullable = false, length = 500)
    private String weights;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RoundStatus status = RoundStatus.OPEN;

    private Instant computedAt;
    private Instant publishedAt;

    /** When the scheduler closed the round at its deadline (its figures computed once more); null before. */
    private Instant closedAt;
    /** A user name: the history's entry names the person. */
    @HistoryIgnore
    @Column(length = 64)
    private String publishedBy;
    @Column(length = 500)
    private String reopenReason;

    protected EvaluationRound() {
    }

    EvaluationRound(int year, Unit scopeUnit) {
        this.year = year;
        this.scopeUnit = scopeUnit;
    }

    void settings(String name, LocalDate deadline, Set<Grade> grades, int topQuota, Map<Indicator, Integer> weights) {
        requireOpen();
        this.name = name;
        if (this.deadline != null && !this.deadline.equals(deadline)) {
            // a deadline moved: the round closes again after the new one (the daily job), not on the old closing
            closedAt = null;
        }
        this.deadline = deadline;
        this.grades = EnumSet.copyOf(grades);
        this.topQuota = topQuota;
        this.weights = Indicator.write(weights);
    }

    void computed(Instant at) {
        requireOpen();
        computedAt = at;
    }

    /** Closed at the deadline by the daily job: input is over ({@link #takesInputOn}), the figures are final. */
    void close(Instant at) {
        requireOpen();
        closedAt = at;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    void publish(String by, Instant at) {
        requireOpen();
        status = RoundStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
    }

    void reopen(String reason) {
        if (status != RoundStatus.PUBLISHED) {
            throw RuleViolation.global("evaluation.reopen.notPublished");
        }
        status = RoundStatus.OPEN;
        reopenReason = reason;
    }

    /** Refuses any change to a published round (the page says it is locked). */
    public void requireOpen() {
        if (status != RoundStatus.OPEN) {
            throw RuleViolation.global("evaluation.locked");
        }
    }

    public boolean isOpen() {
        return status == RoundStatus.OPEN;
    }

    public boolean isPublished() {
        return status == RoundStatus.PUBLISHED;
    }

    /** Whether self-assessments, ratings and reviewers' scores are still taken on this day. */
    public boolean takesInputOn(LocalDate day) {
        return isOpen() && !day.isAfter(deadline);
    }

    public Grade topGrade() {
        return grades.stream().min(Enum::compareTo).orElse(Grade.EXCELLENT);
    }

    public Map<Indicator, Integer> weightMap() {
        return Indicator.read(weights);
    }

    @Override
    public String label() {
        return name;
    }

    public int getYear() {
        return year;
    }

    public Unit getScopeUnit() {
        return scopeUnit;
    }

    public String getName() {
        return name;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Set<Grade> getGrades() {
        return grades;
    }

    public int getTopQuota() {
        return topQuota;
    }

    public String getWeights() {
        return weights;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public Instant getComputedAt() {
        return computedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getReopenReason() {
        return reopenReason;
    }
}
