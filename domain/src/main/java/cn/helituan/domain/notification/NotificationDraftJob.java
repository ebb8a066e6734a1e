package cn.helituan.domain.notification;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.job.DailyJob;
import cn.helituan.domain.job.JobOutcome;
import java.time.LocalDate;
import java.time.YearMonth;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The month's notification is drafted on the 1st for the month before: the deployment's notification, generated as
 * the org admin's form would, left as a draft for the admin to read and publish. A month that already has a draft
 * or a published notification is left alone, so a later run (a catch-up after the server was down) or a second run
 * changes nothing.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NotificationDraftJob implements DailyJob {

    private final NotificationService notifications;
    private final MonthlyNotifications store;

    @Override
    public String name() {
        return "notification-draft";
    }

    @Override
    @Transactional
    public JobOutcome run(LocalDate day) {
        YearMonth month = YearMonth.from(day).minusMonths(1);
        if (!store.live(null, month.atDay(1)).isEmpty()) {
            return JobOutcome.nothing();
        }
        notifications.generate(Scope.system(), month);
        return new JobOutcome(1, month.toString());
    }
}
