package cn.helituan.domain.dashboard;

import cn.helituan.domain.casebook.CaseReading;
import cn.helituan.domain.casebook.CaseStatus;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.contest.ContestReading;
import cn.helituan.domain.contest.ContestTotals;
import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's contests and cases (擂台比武、典型案例): the rounds held in the period by level, their stops and the
 * attendance recorded, and the cases published — each the total of the list it links to, read through that list's
 * own service with the same filters. A round is held on its first stop's day; a day still to come is not in any
 * figure (the period ends today while it runs; a period to come finds nothing).
 */
@Service
@RequiredArgsConstructor
public class Observations {

    private final ContestReading contests;
    private final CaseReading cases;
    private final Clock clock;

    /** The figures and the days they cover ({@code to} is today while the period runs). */
    public record Figures(LocalDate from, LocalDate to, ContestTotals contests, long casesPublished) {
    }

    @Transactional(readOnly = true)
    public Figures of(Scope scope, Period period) {
        LocalDate from = period.from();
        LocalDate to = period.structureDay(LocalDate.now(clock));
        long published = cases.countPublished(scope, CaseStatus.PUBLISHED, from, to);
        return new Figures(from, to, contests.totals(scope, filter(from, to)), published);
    }

    private static ContestReading.Filter filter(LocalDate from, LocalDate to) {
        return new ContestReading.Filter(null, null, null, null, from, to);
    }
}
