package cn.helituan.domain.audit;

import cn.helituan.domain.job.DailyJob;
import cn.helituan.domain.job.JobOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every day, the security log's rows older than {@code helituan.audit.keep-days} (default 365, never less than 180:
 * 网络安全法 §21) move to closed archive batches of at most 100,000 rows — kept in the database, never dropped; the
 * move itself is a row of the log.
 */
@Component
class AuditArchiveJob implements DailyJob {

    static final int MINIMUM_DAYS = 180;
    private static final int BATCH = 100_000;

    private final AuditLog log;
    private final Clock clock;
    private final int keepDays;

    AuditArchiveJob(AuditLog log, Clock clock, @Value("${helituan.audit.keep-days:365}") int keepDays) {
        this.log = log;
        this.clock = clock;
        this.keepDays = Math.max(MINIMUM_DAYS, keepDays);
    }

    @Override
    public String name() {
        return "audit-archive";
    }

    @Override
    public JobOutcome run(LocalDate day) {
        int moved = log.archiveBefore(clock.instant().minus(Duration.ofDays(keepDays)), BATCH, clock.instant());
        if (moved > 0) {
            log.append(clock.instant(), new AuditEvent(AuditKind.ARCHIVED, "system", null, null, null, "OK",
                    moved + " rows older than " + keepDays + " days"));
        }
        return new JobOutcome(moved, moved + " rows archived");
    }
}
