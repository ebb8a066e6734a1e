package cn.helituan.domain.evaluation;

import cn.helituan.domain.job.DailyJob;
import cn.helituan.domain.job.JobOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An evaluation round closes at its deadline: the day after it, its figures are computed a last time. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RoundsCloseJob implements DailyJob {

    private final RoundAdministration administration;

    @Override
    public String name() {
        return "rounds-close";
    }

    @Override
    @Transactional
    public JobOutcome run(LocalDate day) {
        List<EvaluationRound> closed = administration.closeDue(day);
        return new JobOutcome(closed.size(), closed.stream().map(EvaluationRound::getName)
                .collect(Collectors.joining("、")));
    }
}
