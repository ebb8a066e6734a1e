package cn.helituan.domain.dashboard;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.MemberQuery;
import cn.helituan.domain.supervision.SupervisionReading;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the dashboard's page shows for a scope and period, read in one read-only transaction: the dashboard, the
 * member list behind its people figure, the contests and cases, the supervision's overdue findings and the stationed
 * cadres' figures — each through its own service, as the lists they link to count them. Each part in a transaction
 * of its own was five BEGIN/COMMIT pairs a page (issue 25, docs/performance.md).
 */
@Service
@RequiredArgsConstructor
public class DashboardPage {

    private final DashboardService dashboards;
    private final Observations observations;
    private final SupervisionReading supervision;
    private final StationFiguresReader stationFigures;

    /**
     * The page's parts. {@code findingsOverdue}: the supervision's findings past their deadline and not closed, today
     * (the findings list's overdue count); {@code station}: null for a reader of no villages.
     */
    public record Parts(Dashboard dashboard, MemberQuery people, Observations.Figures observations,
                        long findingsOverdue, StationFigures station) {
    }

    @Transactional(readOnly = true)
    public Parts read(Scope scope, Period period) {
        Dashboard dashboard = dashboards.dashboard(scope, period);
        return new Parts(dashboard, dashboards.people(scope, period), observations.of(scope, period),
                supervision.countOverdue(scope), stationFigures.read(scope, period));
    }
}
