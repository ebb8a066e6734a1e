package cn.helituan.domain.dashboard;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.common.StampedReads;
import cn.helituan.domain.member.MemberQuery;
import cn.helituan.domain.supervision.SupervisionReading;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the dashboard's page shows for a scope and period, read in one read-only transaction: the dashboard, the
 * member list behind its people figure, the contests and cases, the supervision's overdue findings and the stationed
 * cadres' figures — each through its own service, as the lists they link to count them. Each part in a transaction
 * of its own was five BEGIN/COMMIT pairs a page (issue 25, docs/performance.md).
 * <p>
 * What it reads on every request — the activity tallies, the contests and cases of the period, the findings overdue
 * today — is kept per reader's scope, period and day while nothing it reads is written ({@link StampedReads}, V103's
 * stamps): a province's dashboard is the same figures for everyone opening it, and its statements were half its time.
 * The stationed cadres' figures keep themselves (V92's stamp), the standing its minute ({@link DashboardService}).
 */
@Service
@RequiredArgsConstructor
public class DashboardPage {

    /** The stamps every table {@link Live}'s reads depend on raises (V93, V103). */
    static final List<String> LIVE_STAMPS = List.of("activity-tallies", "cases", "contests", "findings");

    private final DashboardService dashboards;
    private final Observations observations;
    private final SupervisionReading supervision;
    private final StationFiguresReader stationFigures;
    private final StampedReads stamped;
    private final Clock clock;

    /**
     * The page's parts. {@code findingsOverdue}: the supervision's findings past their deadline and not closed, today
     * (the findings list's overdue count); {@code station}: null for a reader of no villages.
     */
    public record Parts(Dashboard dashboard, MemberQuery people, Observations.Figures observations,
                        long findingsOverdue, StationFigures station) {
    }

    /** What the page reads on every request beside the kept standing and the stationed cadres' figures. */
    private record Live(DashboardService.Tallies tallies, Observations.Figures observations, long findingsOverdue) {
    }

    @Transactional(readOnly = true)
    public Parts read(Scope scope, Period period) {
        DashboardService.requireDashboard(scope);
        Live live = stamped.get(LIVE_STAMPS, List.of(Live.class, scope, period, LocalDate.now(clock)),
                () -> new Live(dashboards.tallies(scope, period), observations.of(scope, period),
                        supervision.countOverdue(scope)));
        return new Parts(dashboards.dashboard(scope, period, live.tallies()), dashboards.people(scope, period),
                live.observations(), live.findingsOverdue(), stationFigures.read(scope, period));
    }
}
