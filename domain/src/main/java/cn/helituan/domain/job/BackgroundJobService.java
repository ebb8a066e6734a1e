package cn.helituan.domain.job;

import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Jobs in the background: a feature submits a job of a kind (on a record, with parameters), db-scheduler runs it on
 * one instance ({@code persistence/job/JobScheduling} calls {@link #execute}), the {@link BackgroundWork} bean of
 * the kind does the work and reports its progress, and any instance reads the job's state for the user's scope.
 *
 * <p>The job's row changes in small transactions of their own (queued, running, progress, finished), never in the
 * work's transaction: an import is one long transaction that stays all or nothing, and its progress must be seen
 * while it runs. A job whose instance died is marked FAILED with {@value #INTERRUPTED} (by db-scheduler's dead
 * execution handling, or on start-up for one whose execution is gone). Should that instance still be alive (its
 * heartbeat only stalled), its own outcome replaces that verdict when its work ends.
 */
@Service
public class BackgroundJobService {

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobService.class);

    /** Progress is written after at least this many rows… */
    public static final int PROGRESS_ROWS = 500;
    /** …or this long since it was last written. */
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);
    /** The outcome of a job whose instance was stopped or killed while it ran. */
    public static final String INTERRUPTED = "job.interrupted";
    /** The outcome of a job whose work threw. */
    public static final String FAILED = "job.failed";
    /** A queued job without an execution this old lost it (its instance died between the two). */
    private static final Duration QUEUED_ORPHAN = Duration.ofMinutes(1);

    private final Map<String, BackgroundWork> works = new HashMap<>();
    private final BackgroundJobs jobs;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    /** The job's own small transactions, apart from whatever transaction the caller is in. */
    private final TransactionTemplate own;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();

    public BackgroundJobService(List<BackgroundWork> works, BackgroundJobs jobs, Clock clock,
                                ApplicationEventPublisher events, PlatformTransactionManager txManager) {
        for (BackgroundWork work : works) {
            for (String kind : work.kinds()) {
                if (this.works.put(kind, work) != null) {
                    throw new IllegalStateException("two background works for " + kind);
                }
            }
        }
        this.jobs = jobs;
        this.clock = clock;
        this.events = events;
        this.own = new TransactionTemplate(txManager);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What a feature asks for: a job of a kind, on a record (or none), with its parameters (a query string). */
    public record Submission(String kind, Long subject, String subjectKey, boolean personal, String params,
                             long total) {

        /** A job on a record: refused while another job on the same record waits or runs. */
        public static Submission on(String kind, String subjectType, long subject, String params) {
            return new Submission(kind, subject, subjectType + ":" + subject, false, params, 0);
        }

        /** A job of the person who starts it only (an export of their list). */
        public static Submission personal(String kind, String params, long total) {
            return new Submission(kind, null, null, true, params, total);
        }
    }

    /**
     * Queues a job for the scope's user; it starts once the caller's transaction (if any) has committed. Refused
     * with {@code job.alreadyRunning} while a job on the same record waits or runs.
     */
    @Transactional
    public BackgroundJob submit(Scope scope, Submission submission) {
        if (!works.containsKey(submission.kind())) {
            throw new IllegalArgumentException("no background work for " + submission.kind());
        }
        if (submission.subjectKey() != null && jobs.existsBySubjectKeyAndStatusIn(submission.subjectKey(),
                EnumSet.of(BackgroundJobStatus.QUEUED, BackgroundJobStatus.RUNNING))) {
            throw RuleViolation.global("job.alreadyRunning");
        }
        String path = scope.pathFilter() == null ? "" : scope.pathFilter();
        BackgroundJob job = jobs.save(new BackgroundJob(submission.kind(), submission.subject(),
                submission.subjectKey(), scope.username(), path, submission.personal(), submission.params(),
                submission.total(), clock.instant(), scope));
        events.publishEvent(new JobSubmitted(job.getId()));
        return job;
    }

    /**
     * Runs a queued job (db-scheduler, on the instance that claimed its execution): marks it running, lets its work
     * run, and records how it ended. A job no longer queued (failed meanwhile) is left alone.
     */
    public void execute(long id) {
        Integer started = own.execute(status -> jobs.markRunning(id, instance, clock.instant()));
        if (started == null || started == 0) {
            log.info("background job {} is no longer queued: not run", id);
            return;
        }
        BackgroundJob job = own.execute(status -> jobs.findById(id).orElseThrow());
        BackgroundWork work = works.get(job.getKind());
        BackgroundWork.JobEnd end;
        Context context = new Context(id);
        try {
            end = work.run(job, context);
            if (end.ok()) {
                context.settle();
            }
        } catch (RuntimeException e) {
            log.error("background job {} ({}) failed", id, job.getKind(), e);
            end = BackgroundWork.JobEnd.failed(FAILED);
        }
        BackgroundWork.JobEnd outcome = end;
        // the real outcome, also over an "interrupted" given while this instance's heartbeat stalled
        own.executeWithoutResult(status -> jobs.finishOwn(id, (outcome.ok() ? BackgroundJobStatus.DONE
                : BackgroundJobStatus.FAILED).name(), outcome.messageKey(), clock.instant(), instance, INTERRUPTED));
    }

    /** A job whose execution died with its instance: FAILED, nothing of it written (its transaction never ended). */
    public void interrupted(long id) {
        int changed = own.execute(status -> jobs.finish(id, BackgroundJobStatus.FAILED.name(), INTERRUPTED,
                clock.instant()));
        log.warn("background job {} was interrupted ({} marked failed)", id, changed);
    }

    /** On start-up: every job left running (or queued) without an execution is marked FAILED, interrupted. */
    public int failOrphans() {
        int failed = own.execute(status -> jobs.failOrphans(INTERRUPTED, clock.instant(),
                clock.instant().minus(QUEUED_ORPHAN)));
        if (failed > 0) {
            log.warn("{} background jobs were interrupted by a stop: marked failed", failed);
        }
        return failed;
    }

    /** A job the scope's user may see; else not found (another team's, another person's export). */
    @Transactional(readOnly = true)
    public BackgroundJob get(Scope scope, long id) {
        return jobs.findById(id).filter(job -> job.visibleTo(scope))
                .orElseThrow(() -> new NotFoundException("job", id));
    }

    /**
     * The newest job on a record (import:42); the caller has checked that the scope may see the record. Read in a
     * transaction of its own, so that a page shows the progress the job has written meanwhile.
     */
    public Optional<BackgroundJob> latestOn(String subjectType, long subject) {
        return own.execute(status -> jobs.findFirstBySubjectKeyOrderByIdDesc(subjectType + ":" + subject));
    }

    /** Opens the result file of a finished job the scope's user may see; not found when it has none. */
    @Transactional(readOnly = true)
    public <T> T readResult(Scope scope, long id, Function<InputStream, T> reader) {
        BackgroundJob job = get(scope, id);
        if (!job.hasResult()) {
            throw new NotFoundException("job result", id);
        }
        return jobs.readResult(id, reader);
    }

    /** The running job's voice: progress throttled, each write in a transaction of its own. */
    private final class Context implements JobContext {

        private final long id;
        private long lastDone = -1;
        private long lastTotal = 0;
        private long lastWrite = 0;
        private long seen = 0;

        Context(long id) {
            this.id = id;
        }

        @Override
        public void progress(long done, long total) {
            seen = Math.max(seen, done);
            long now = System.nanoTime();
            boolean totalChanged = total > 0 && total != lastTotal;
            if (!totalChanged && done - lastDone < PROGRESS_ROWS && now - lastWrite < PROGRESS_EVERY.toNanos()
                    && lastDone >= 0) {
                return;
            }
            long kept = total > 0 ? Math.max(total, done) : Math.max(lastTotal, done);
            own.executeWithoutResult(status -> jobs.progress(id, done, kept));
            lastDone = done;
            lastTotal = kept;
            lastWrite = now;
        }

        /** A job done read every row it counted: done of done, whatever the estimate said. */
        void settle() {
            if (seen > 0) {
                own.executeWithoutResult(status -> jobs.progress(id, seen, seen));
            }
        }

        @Override
        public void keep(String name, Path file) {
            own.executeWithoutResult(status -> jobs.saveResult(id, name, file));
        }
    }
}
