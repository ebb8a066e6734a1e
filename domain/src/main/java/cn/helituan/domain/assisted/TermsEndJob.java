package cn.helituan.domain.assisted;

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
 * A term ends on its day: the day after its end date, a term neither ended nor renewed is ended as of its end date
 * (by "system", in its history), so no term past its end stays active. Renewing is done before the end; after it,
 * a new pairing is made.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TermsEndJob implements DailyJob {

    private final Relationships relationships;

    @Override
    public String name() {
        return "terms-end";
    }

    @Override
    @Transactional
    public JobOutcome run(LocalDate day) {
        List<Relationship> due = relationships.findByStatusAndEndsOnBeforeOrderById(RelationshipStatus.ACTIVE, day);
        due.forEach(r -> r.end(r.getEndsOn()));
        return new JobOutcome(due.size(), due.stream().limit(20).map(Relationship::label)
                .collect(Collectors.joining("、")));
    }
}
