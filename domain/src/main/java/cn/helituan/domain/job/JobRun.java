package cn.helituan.domain.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One run of a {@link DailyJob}: written when it starts (so a run that never finishes shows as running) and again
 * when it ends. Written by the system only; the list of runs is its history.
 */
@Entity
@Table(name = "job_run")
public class JobRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String job;

    @Column(nullable = false, updatable = false)
    private LocalDate day;

    /** "system" for the schedule, else the user name of the person who ran it. */
    @Column(nullable = false, updatable = false)
    private String startedBy;

    @Column(nullable = false, updatable = false)
    private String instance;

    @Column(nullable = false, updatable = false)
    private Instant startedAt;

    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobRunOutcome outcome = JobRunOutcome.RUNNING;

    private int changed;

    private String summary;

    private String error;

    protected JobRun() {
    }

    JobRun(String job, LocalDate day, String startedBy, String instance, Instant startedAt) {
        this.job = job;
        this.day = day;
        this.startedBy = startedBy;
        this.instance = instance;
        this.startedAt = startedAt;
    }

    void done(JobOutcome result, Instant at) {
        outcome = JobRunOutcome.DONE;
        changed = result.changed();
        summary = shorten(result.summary(), 500);
        finishedAt = at;
    }

    void failed(Throwable cause, Instant at) {
        outcome = JobRunOutcome.FAILED;
        error = shorten(cause.getClass().getSimpleName() + ": " + cause.getMessage(), 2000);
        finishedAt = at;
    }

    private static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getJob() {
        return job;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public String getInstance() {
        return instance;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public JobRunOutcome getOutcome() {
        return outcome;
    }

    public int getChanged() {
        return changed;
    }

    public String getSummary() {
        return summary;
    }

    public String getError() {
        return error;
    }
}
