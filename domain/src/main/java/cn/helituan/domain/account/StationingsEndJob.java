package cn.helituan.domain.account;

import cn.helituan.domain.job.DailyJob;
import cn.helituan.domain.job.JobOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A stationing ends on its day: a first secretary whose stationing on the village ended before the day (an end
 * entered in advance included) and who is not stationed there again loses their account on it, as
 * {@link StationingAccounts} does when the end is entered on or after the day.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StationingsEndJob implements DailyJob {

    private final Accounts accounts;

    @Override
    public String name() {
        return "stationings-end";
    }

    @Override
    @Transactional
    public JobOutcome run(LocalDate day) {
        List<Account> due = accounts.stationedAccountsEndedBefore(day);
        due.forEach(Account::disable);
        return new JobOutcome(due.size(), due.stream().limit(20).map(Account::getUsername)
                .collect(Collectors.joining("、")));
    }
}
