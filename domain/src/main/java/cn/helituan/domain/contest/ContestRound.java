package cn.helituan.domain.contest;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.history.HistoryIgnore;
import cn.helituan.domain.team.Unit;
import jakarta.persistence.Column;
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
 * An observation contest (擂台比武) of a level, a year and quarter, organised by a unit (a town's sub-team, or the
 * county's team), with one or two themes and a scale each criterion is scored on (0 to {@code scaleMax}). Scored
 * while open; publishing freezes the ranking ({@link ContestResult}) and every score.
 */
@Entity
@Table(name = "contest_round")
public class ContestRound extends AuditedEntity implements Labeled {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ContestLevel level;
    @Column(nullable = false)
    private int year;
    @Column(nullable = false)
    private int quarter;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(nullable = false, length = 100)
    private String theme;
    @Column(length = 100)
    private String secondTheme;
    @Column(nullable = false)
    private int scaleMax;
    /** The user name of the account that organises it. */
    @Column(nullable = false, length = 64, updatable = false)
    private String organiser;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ContestStatus status = ContestStatus.OPEN;
    private Instant publishedAt;
    /** A user name: the history's entry names the person. */
    @HistoryIgnore
    @Column(length = 64)
    private String publishedBy;
    /** How many took part in the observation (观摩人次), from the day's sign-in sheet; null until recorded. */
    private Integer attendance;

    /** The first stop's day, the round's day (null without stops): kept by PostgreSQL from the stops (V101). */
    @HistoryIgnore
    @Column(insertable = false, updatable = false)
    private LocalDate heldOn;
    /** How many stops the round has: kept by PostgreSQL (V101). */
    @HistoryIgnore
    @Column(insertable = false, updatable = false)
    private int stopCount;

    /** The most a round's attendance may be. */
    public static final int MAX_ATTENDANCE = 100_000;

    protected ContestRound() {
    }

    ContestRound(RoundDetails details, Unit unit, String organiser) {
        this.organiser = organiser;
        apply(details, unit);
    }

    void apply(RoundDetails details, Unit unit) {
        this.level = details.level();
        this.year = details.year();
        this.quarter = details.quarter();
        this.unit = unit;
        this.title = details.title();
        this.theme = details.theme();
        this.secondTheme = details.secondTheme();
        this.scaleMax = details.scaleMax();
    }

    /** Refuses a change to what is scored once the round is published. */
    void requireOpen() {
        if (status != ContestStatus.OPEN) {
            throw RuleViolation.global("contest.published.locked");
        }
    }

    void publish(String by, Instant at) {
        requireOpen();
        status = ContestStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
    }

    /** Records how many took part; it may be corrected after publication (the ranking does not depend on it). */
    void recordAttendance(Integer count) {
        if (count != null && (count < 0 || count > MAX_ATTENDANCE)) {
            throw new RuleViolation("attendance", "contest.attendance.range", MAX_ATTENDANCE);
        }
        this.attendance = count;
    }

    /** The first and last day of the round's quarter: the period its stops' evidence is taken from. */
    public LocalDate periodStart() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate periodEnd() {
        return periodStart().plusMonths(3).minusDays(1);
    }

    @Override
    public String label() {
        return title;
    }

    public ContestLevel getLevel() {
        return level;
    }

    public int getYear() {
        return year;
    }

    public int getQuarter() {
        return quarter;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getTitle() {
        return title;
    }

    public String getTheme() {
        return theme;
    }

    public String getSecondTheme() {
        return secondTheme;
    }

    public int getScaleMax() {
        return scaleMax;
    }

    public String getOrganiser() {
        return organiser;
    }

    public ContestStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == ContestStatus.PUBLISHED;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Integer getAttendance() {
        return attendance;
    }

    /** The first stop's day as the round was read (a stop added in the same transaction is not in it). */
    public LocalDate getHeldOn() {
        return heldOn;
    }

    /** The round's stops as it was read. */
    public int getStopCount() {
        return stopCount;
    }
}
