package cn.helituan.domain.job;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Runs the daily jobs and keeps their runs: the scheduler calls {@link #execute} once a day per job, the org admin
 * reads the runs and may run a job now. A run is recorded before it starts and after it ends (its own small
 * transactions), and the job's work is one transaction of its own: a failed run wrote nothing but its row.
 */
@Service
public class JobService {

    private static final Logger log = LoggerFactory.getLogger(JobService.class);
    /** A run still marked running after this long died with its instance: another may start. */
    private static final Duration STALE = Duration.ofHours(1);

    private final Map<String, DailyJob> jobs;
    private final JobRuns runs;
    private final Clock clock;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();

    public JobService(List<DailyJob> jobs, JobRuns runs, Clock clock) {
        this.jobs = jobs.stream().collect(Collectors.toMap(DailyJob::name, Function.identity(), (a, b) -> {
            throw new IllegalStateException("two daily jobs named " + a.name());
        }, java.util.TreeMap::new));
        this.runs = runs;
        this.clock = clock;
    }

    /** The jobs by name, for the scheduler. */
    public List<DailyJob> jobs() {
        return List.copyOf(jobs.values());
    }

    /** Today in the deployment's time zone (the clock's zone). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Runs the job for the day and records the run; a failure is recorded and logged, not thrown. */
    public JobRun execute(String name, LocalDate day, String startedBy) {
        DailyJob job = jobs.get(name);
        if (job == null) {
            throw new NotFoundException("job", name);
        }
        JobRun run = runs.save(new JobRun(name, day, startedBy, instance, clock.instant()));
        try {
            JobOutcome outcome = job.run(day);
            run.done(outcome, clock.instant());
            log.info("Job {} for {} changed {} {}", name, day, outcome.changed(), outcome.summary());
        } catch (RuntimeException e) {
            run.failed(e, clock.instant());
            log.warn("Job {} for {} failed", name, day, e);
        }
        return runs.save(run);
    }

    /** The org admin runs a job now, for today (it changes only what is due and not done). */
    public JobRun runNow(Scope scope, String name) {
        requireAdmin(scope);
        if (!jobs.containsKey(name)) {
            throw new NotFoundException("job", name);
        }
        if (runs.existsByJobAndOutcomeAndStartedAtAfter(name, JobRunOutcome.RUNNING,
                clock.instant().minus(STALE))) {
            throw RuleViolation.global("job.running");
        }
        return execute(name, today(), scope.username());
    }

    /** A job and its last run (null when it never ran), for the list's head. */
    public record JobLine(String name, JobRun last) {
    }

    public List<JobLine> lines(Scope scope) {
        requireAdmin(scope);
        Map<String, JobRun> last = runs.latestOfEachJob().stream()
                .collect(Collectors.toMap(JobRun::getJob, Function.identity()));
        return jobs.keySet().stream().map(name -> new JobLine(name, last.get(name))).toList();
    }

    /** The runs, newest first; of one job when a name is given. */
    public Page<JobRun> runs(Scope scope, String job, Pageable pageable) {
        requireAdmin(scope);
        if (job == null || job.isBlank()) {
            return runs.findAllByOrderByStartedAtDescIdDesc(pageable);
        }
        if (!jobs.containsKey(job)) {
            throw new NotFoundException("job", job);
        }
        return runs.findByJobOrderByStartedAtDescIdDesc(job, pageable);
    }

    /**
     * The whole deployment's organization department: the jobs act on every record and their runs name records from
     * everywhere, so an org admin scoped to a team (a city's, a county's) is refused them.
     */
    public boolean readsRuns(Scope scope) {
        return scope.wholeDeployment();
    }

    private static void requireAdmin(Scope scope) {
        if (!scope.wholeDeployment()) {
            throw new ForbiddenException("job runs");
        }
    }
}
