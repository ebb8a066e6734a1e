package cn.helituan.persistence.job;

import cn.helituan.domain.job.DailyJob;
import cn.helituan.domain.job.JobService;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The one job machinery of the product: db-scheduler (github.com/kagkarlsson/db-scheduler) on the application's
 * PostgreSQL. Every {@link DailyJob} bean becomes a recurring task that runs once a day at
 * {@code helituan.jobs.daily-at} in the deployment's time zone; db-scheduler keeps one row per task in
 * scheduled_tasks and an instance claims a due row with an optimistic update, so two instances on one database run
 * a day's job once, and a run missed while every instance was down happens when the first one starts. One-time jobs
 * (the ledger import, large exports) are meant to run on the same scheduler.
 *
 * <p>Off with {@code helituan.jobs.enabled=false} (the tests that do not exercise it, so that shared test contexts
 * do not poll); the runs can still be started by hand from the runs list.
 */
@Component
public class JobScheduling implements SmartLifecycle {

    private final DataSource dataSource;
    private final JobService jobs;
    private final boolean enabled;
    private final LocalTime dailyAt;
    private final ZoneId zone;
    private final Duration polling;
    private volatile Scheduler scheduler;

    JobScheduling(DataSource dataSource, JobService jobs,
                  @Value("${helituan.jobs.enabled:true}") boolean enabled,
                  @Value("${helituan.jobs.daily-at:00:10}") String dailyAt,
                  @Value("${helituan.time-zone:Asia/Shanghai}") String zone,
                  @Value("${helituan.jobs.polling:10s}") Duration polling) {
        this.dataSource = dataSource;
        this.jobs = jobs;
        this.enabled = enabled;
        this.dailyAt = LocalTime.parse(dailyAt);
        this.zone = ZoneId.of(zone);
        this.polling = polling;
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

    /** A scheduler on the data source under the given name (a test starts two, as two instances would). */
    public static Scheduler create(DataSource dataSource, List<RecurringTask<Void>> tasks, String name,
                                   Duration polling) {
        return Scheduler.create(dataSource)
                .startTasks(tasks)
                .schedulerName(new SchedulerName.Fixed(name))
                .pollingInterval(polling)
                .threads(2)
                .build();
    }

    @Override
    public void start() {
        if (enabled && scheduler == null) {
            scheduler = create(dataSource, tasks(), ManagementFactory.getRuntimeMXBean().getName(), polling);
            scheduler.start();
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
