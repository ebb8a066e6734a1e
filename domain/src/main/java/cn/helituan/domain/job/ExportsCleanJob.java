package cn.helituan.domain.job;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of background exports are kept {@value #KEEP_DAYS} days after the export ended: then the file is
 * cleared (the job's row stays, marked {@value BackgroundJob#EXPIRED}; its page says the file has expired and the list can be
 * exported again). An export of a million rows is some 70 MB in the database: kept for ever, they would pile up.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ExportsCleanJob implements DailyJob {

    static final int KEEP_DAYS = 7;

    private final BackgroundJobs jobs;
    private final Clock clock;

    @Override
    public String name() {
        return "exports-clean";
    }

    @Override
    @Transactional
    public JobOutcome run(LocalDate day) {
        return JobOutcome.of(jobs.clearResults(BackgroundJob.EXPIRED,
                clock.instant().minus(Duration.ofDays(KEEP_DAYS))));
    }
}
