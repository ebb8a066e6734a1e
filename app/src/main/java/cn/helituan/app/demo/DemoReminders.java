package cn.helituan.app.demo;

import cn.helituan.domain.job.JobService;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The demo county's reminders: the daily job "reminders" run for each of the last two weeks, as if the product had
 * been running (the activities' dates lie in the past): 青山村's first secretary is reminded of the tea group's
 * training still unconfirmed a week after its day, and whatever else falls due. Through the job itself (its runs
 * recorded, the messages written, the log channel's answers kept); after the county's transaction has committed.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoReminders {

    static final int DAYS = 14;

    private final JobService jobs;

    void load() {
        LocalDate today = jobs.today();
        for (LocalDate day = today.minusDays(DAYS - 1); !day.isAfter(today); day = day.plusDays(1)) {
            jobs.execute("reminders", day, "system");
        }
    }
}
