package cn.helituan.domain.job;

import java.time.LocalDate;

/**
 * Work that happens on its day by itself: a term that ends, an account that is disabled, a round that closes, a
 * draft that is generated, a reminder that is sent. A feature declares one as a bean; the scheduler
 * ({@code persistence/job/JobScheduling}) runs every bean once a day on one instance, in the deployment's time zone,
 * and the org admin may run one now from the list of runs.
 *
 * <p>A run is idempotent: it acts on what is due on the day and not yet done (a term past its end and still
 * active, an account on a stationing that has ended and still enabled), so a second run of the same day, a run
 * that catches up after the server was down, or a manual run changes nothing that the first one did.
 */
public interface DailyJob {

    /** A stable name: db-scheduler's task name, the runs list's key and the message key {@code job.<name>}. */
    String name();

    /** Does the day's work in one transaction and says what it changed. */
    JobOutcome run(LocalDate day);
}
