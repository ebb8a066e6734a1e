package cn.helituan.domain.job;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

/**
 * The background jobs. Every change of state is one statement (called in a transaction of its own by the service),
 * guarded by the state it expects, so that a job is started once and a finished one is never changed again.
 */
public interface BackgroundJobs {

    BackgroundJob save(BackgroundJob job);

    Optional<BackgroundJob> findById(Long id);

    /** The newest job on a record (import:42), whatever its state. */
    Optional<BackgroundJob> findFirstBySubjectKeyOrderByIdDesc(String subjectKey);

    boolean existsBySubjectKeyAndStatusIn(String subjectKey, Collection<BackgroundJobStatus> statuses);

    /** QUEUED → RUNNING on this instance; 0 when it is no longer queued (run already, or failed meanwhile). */
    int markRunning(long id, String instance, Instant at);

    /** How far it got; only while it runs. */
    int progress(long id, long done, long total);

    /** RUNNING → DONE or FAILED with the outcome's message key (a dead or orphaned job: also from QUEUED). */
    int finish(long id, String status, String messageKey, Instant at);

    /**
     * How the job ended, written by the instance that ran it: like {@link #finish}, and also over a verdict of
     * {@code interrupted} given meanwhile to a job of this instance (its heartbeat stalled — a long pause, a wait
     * for a connection — while its work went on): what the work really did wins over the guess that it died.
     */
    int finishOwn(long id, String status, String messageKey, Instant at, String instance, String interrupted);

    /**
     * Marks FAILED (with the message key) every job still RUNNING whose execution is no longer in db-scheduler's
     * table, and every QUEUED one without an execution created before {@code queuedBefore}: jobs whose instance died
     * and whose execution was already cleaned up.
     */
    int failOrphans(String messageKey, Instant at, Instant queuedBefore);

    /**
     * Clears the kept file of every job that ended before {@code before} (the row stays, its outcome {@code
     * expiredKey}); how many.
     */
    int clearResults(String expiredKey, Instant before);

    /** Keeps the file an export made (streamed from {@code file}). */
    void saveResult(long id, String name, Path file);

    /** Opens the kept result file for {@code reader}, read in pieces of 1 MB; null when there is none. */
    <T> T readResult(long id, Function<InputStream, T> reader);
}
