package cn.helituan.persistence.job;

import cn.helituan.domain.job.BackgroundJobService;
import cn.helituan.domain.job.DailyJob;
import cn.helituan.domain.job.Deferred;
import cn.helituan.domain.job.DeferredTask;
import cn.helituan.domain.job.JobService;
import cn.helituan.domain.job.JobSubmitted;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The one job machinery of the product: db-scheduler (github.com/kagkarlsson/db-scheduler) on the application's
 * PostgreSQL. Every {@link DailyJob} bean becomes a recurring task that runs once a day at
 * {@code helituan.jobs.daily-at} in the deployment's time zone; db-scheduler keeps one row per task in
 * scheduled_tasks and an instance claims a due row with an optimistic update, so two instances on one database run
 * a day's job once, and a run missed while every instance was down happens when the first one starts.
 *
 * <p>Background jobs ({@link BackgroundJobService}: an import's check and confirmation, a large export) are
 * executions of one one-time task, {@value #BACKGROUND_TASK}, whose instance is the job's id: scheduled once the
 * job's row has committed, started at once on the instance that queued it (immediate execution) or within a
 * polling interval on another. The running instance beats its heartbeat every {@code helituan.jobs.heartbeat}; an
 * execution whose heartbeats stopped ({@code helituan.jobs.missed-heartbeats} of them: the instance was killed or
 * stopped mid-job) is dead, and its job is marked failed, interrupted — its transaction never committed, so nothing
 * of it was written. On start-up, a job left running whose execution is gone is marked the same way.
 *
 * <p>Deferred work ({@link DeferredTask}: a photo's thumbnail) is one one-time task per bean, named by it, whose
 * instance is the work's key: its execution is inserted in the transaction that published its {@link Deferred}, on
 * that transaction's own connection (a client over a {@link TransactionAwareDataSourceProxy}), so it commits or rolls
 * back with the work's record — and a request never waits for a second connection while holding one (sixteen
 * check-ins at once would hold the whole pool, each waiting: the background jobs' after-commit scheduling would
 * starve it); once committed the scheduler is woken to run it at once, or — work published with a time of day (a
 * check-in's thumbnail, drawn at a quiet hour of the night) — it waits for that time. A failed run is tried again a
 * minute later, {@value #DEFERRED_RETRIES} times at most, and a dead execution is revived (the work is idempotent).
 * A start-up queues again every key still waiting whose execution is gone (a failure past its retries).
 *
 * <p>{@code helituan.jobs.enabled=false} turns the daily schedule off (the tests that do not exercise it, so that
 * shared test contexts do not run the day's jobs); the scheduler itself always runs, for the background jobs.
 */
@Component
public class JobScheduling implements SmartLifecycle {

    /** The one-time task of every background job (the execution's instance id is the job's id). */
    public static final String BACKGROUND_TASK = "background-job";
    static final int DEFERRED_RETRIES = 3;

    private final DataSource dataSource;
    private final JobService jobs;
    private final BackgroundJobService background;
    private final boolean enabled;
    private final LocalTime dailyAt;
    private final ZoneId zone;
    private final Settings settings;
    private final OneTimeTask<Void> backgroundTask;
    private final List<DeferredTask> deferred;
    private final Map<String, OneTimeTask<Void>> deferredTasks;
    private final SchedulerClient client;
    /** Schedules on the calling transaction's connection (none: a connection of its own, autocommit). */
    private final SchedulerClient inTransaction;
    private volatile Scheduler scheduler;

    /** How the scheduler polls and how a dead execution is told. */
    public record Settings(Duration polling, Duration heartbeat, int missedHeartbeats, Duration shutdownWait) {
    }

    JobScheduling(DataSource dataSource, JobService jobs, BackgroundJobService background, List<DeferredTask> deferred,
                  @Value("${helituan.jobs.enabled:true}") boolean enabled,
                  @Value("${helituan.jobs.daily-at:00:10}") String dailyAt,
                  @Value("${helituan.time-zone:Asia/Shanghai}") String zone,
                  @Value("${helituan.jobs.polling:2s}") Duration polling,
                  @Value("${helituan.jobs.heartbeat:10s}") Duration heartbeat,
                  @Value("${helituan.jobs.missed-heartbeats:6}") int missedHeartbeats,
                  @Value("${helituan.jobs.shutdown-wait:5s}") Duration shutdownWait) {
        this.dataSource = dataSource;
        this.jobs = jobs;
        this.background = background;
        this.enabled = enabled;
        this.dailyAt = LocalTime.parse(dailyAt);
        this.zone = ZoneId.of(zone);
        this.settings = new Settings(polling, heartbeat, missedHeartbeats, shutdownWait);
        this.backgroundTask = backgroundTask(background);
        this.deferred = List.copyOf(deferred);
        this.deferredTasks = deferred.stream().collect(Collectors.toMap(DeferredTask::name, JobScheduling::deferredTask,
                (a, b) -> {
                    throw new IllegalStateException("two deferred tasks named " + a.getName());
                }));
        this.client = SchedulerClient.Builder.create(dataSource, oneTimeTasks()).build();
        this.inTransaction = SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource),
                oneTimeTasks()).build();
    }

    /** The recurring tasks: one per daily job, each running the job for the day it fires on. */
    public List<RecurringTask<Void>> tasks() {
        return tasks(jobs, zone, dailyAt);
    }

    /** One recurring task per daily job of the service, daily at the time in the zone. */
    public static List<RecurringTask<Void>> tasks(JobService jobs, ZoneId zone, LocalTime at) {
        return jobs.jobs().stream()
                .map(job -> Tasks.recurring(job.name(), Schedules.daily(zone, at))
                        .execute((instance, context) -> jobs.execute(job.name(), jobs.today(), "system")))
                .toList();
    }

    /**
     * The one-time task that runs a background job; a dead execution (its instance stopped beating) marks the job
     * failed, interrupted, and is removed (never revived: the user runs it again); a failure of the machinery
     * itself likewise.
     */
    public static OneTimeTask<Void> backgroundTask(BackgroundJobService background) {
        return Tasks.oneTime(BACKGROUND_TASK)
                .onDeadExecution((complete, operations) -> {
                    background.interrupted(Long.parseLong(complete.getExecution().taskInstance.getId()));
                    operations.remove();
                })
                .onFailure((complete, operations) -> {
                    background.interrupted(Long.parseLong(complete.getExecution().taskInstance.getId()));
                    operations.remove();
                })
                .execute((instance, context) -> background.execute(Long.parseLong(instance.getId())));
    }

    /**
     * The one-time task of a deferred task: its instance id is the key; a failure tried again a minute later, a few
     * times, then dropped (the key is queued again at the next start while its work is still to do).
     */
    public static OneTimeTask<Void> deferredTask(DeferredTask task) {
        return Tasks.oneTime(task.name())
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(DEFERRED_RETRIES,
                        new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(1))))
                .execute((instance, context) -> task.run(instance.getId()));
    }

    private List<Task<?>> oneTimeTasks() {
        List<Task<?>> all = new ArrayList<>();
        all.add(backgroundTask);
        all.addAll(deferredTasks.values());
        return all;
    }

    /** A scheduler on the data source under the given name (a test starts two, as two instances would). */
    public static Scheduler create(DataSource dataSource, List<RecurringTask<Void>> tasks, String name,
                                   Duration polling) {
        return create(dataSource, tasks, List.of(), name,
                new Settings(polling, Duration.ofMinutes(5), 6, Duration.ofSeconds(30)));
    }

    /** A scheduler with the daily tasks and the one-time tasks (the background jobs'). */
    public static Scheduler create(DataSource dataSource, List<RecurringTask<Void>> daily, List<Task<?>> oneTime,
                                   String name, Settings settings) {
        List<Task<?>> known = new ArrayList<>(oneTime);
        return Scheduler.create(dataSource, known)
                .startTasks(daily)
                .schedulerName(new SchedulerName.Fixed(name))
                .pollingInterval(settings.polling())
                .heartbeatInterval(settings.heartbeat())
                .missedHeartbeatsLimit(settings.missedHeartbeats())
                .shutdownMaxWait(settings.shutdownWait())
                .enableImmediateExecution()
                .threads(2)
                .build();
    }

    /** Gives a job whose row has committed its execution (immediate on this instance when it runs). */
    @TransactionalEventListener(fallbackExecution = true)
    void submitted(JobSubmitted event) {
        SchedulerClient to = scheduler != null ? scheduler : client;
        // db-scheduler compares with the database's own time: due now by the system clock, not the product's Clock
        to.schedule(backgroundTask.instance(String.valueOf(event.jobId())), Clock.systemUTC().instant());
    }

    /** Gives deferred work its execution, in the publishing transaction (on its connection). */
    @EventListener
    void queue(Deferred event) {
        OneTimeTask<Void> task = deferredTasks.get(event.task());
        if (task == null) {
            throw new IllegalStateException("no deferred task named " + event.task());
        }
        inTransaction.scheduleIfNotExists(task.instance(event.key()), dueAt(event.at(), Clock.systemUTC()));
    }

    /**
     * When deferred work is due by db-scheduler's clock (the system's, as the database's): now, or the next time the
     * deployment's zone reads {@code at} (today's if it is still to come, else tomorrow's).
     */
    Instant dueAt(LocalTime at, Clock system) {
        if (at == null) {
            return system.instant();
        }
        ZonedDateTime now = ZonedDateTime.now(system.withZone(zone));
        ZonedDateTime due = now.with(at);
        return (due.isAfter(now) ? due : now.plusDays(1).with(at)).toInstant();
    }

    /** Once the execution has committed, the scheduler looks for due executions now rather than at its next poll. */
    @TransactionalEventListener(fallbackExecution = true)
    void queued(Deferred event) {
        Scheduler running = scheduler;
        if (running != null) {
            running.triggerCheckForDueExecutions();
        }
    }

    @Override
    public void start() {
        if (scheduler == null) {
            background.failOrphans();
            scheduler = create(dataSource, enabled ? tasks() : List.of(), oneTimeTasks(),
                    ManagementFactory.getRuntimeMXBean().getName(), settings);
            scheduler.start();
            for (DeferredTask task : deferred) {
                task.waiting().forEach(key -> queue(new Deferred(task.name(), key)));
            }
            scheduler.triggerCheckForDueExecutions();
        }
    }

    @Override
    public void stop() {
        Scheduler running = scheduler;
        if (running != null) {
            running.stop();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
