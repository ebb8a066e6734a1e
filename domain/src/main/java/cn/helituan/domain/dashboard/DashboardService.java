package cn.helituan.domain.dashboard;

import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.assisted.RelationshipService;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.demand.DemandQuery;
import cn.helituan.domain.demand.DemandService;
import cn.helituan.domain.demand.ProjectQuery;
import cn.helituan.domain.demand.ProjectService;
import cn.helituan.domain.member.MemberQuery;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.plan.PlanService;
import cn.helituan.domain.plan.PlanTally;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard of the reader's own scope (org admin: the team or the whole deployment; sub-team leader: the
 * sub-team; group leader: the group; reviewer: their unit; not a plain member). Every figure is the one the list
 * behind it shows for the same scope: members as the roster counts them, plans as the plan list, demands as the
 * demand list for the period's dates, relationships ending as the relationships' overview; activity figures from
 * the tallies, which equal the activity list's totals for the period (a test recounts them).
 */
@Service
public class DashboardService {

    /** A group with no activity for this many days is on the attention list. */
    public static final int SILENT_DAYS = 30;
    /** How many silent groups the attention list names; the rest are counted. */
    public static final int SILENT_SHOWN = 10;

    private final DashboardStore store;
    private final MemberService members;
    private final PlanService plans;
    private final DemandService demands;
    private final ProjectService projects;
    private final RelationshipService relationships;
    private final Clock clock;

    public DashboardService(DashboardStore store, MemberService members, PlanService plans, DemandService demands,
                            ProjectService projects, RelationshipService relationships, Clock clock) {
        this.store = store;
        this.members = members;
        this.plans = plans;
        this.demands = demands;
        this.projects = projects;
        this.relationships = relationships;
        this.clock = clock;
    }

    /** The period the dashboard opens on: this year. */
    public Period defaultPeriod() {
        return Period.year(LocalDate.now(clock).getYear());
    }

    /** What "this month" is for a period that leaves its month, quarter or year out. */
    public YearMonth thisMonth() {
        return YearMonth.now(clock);
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard(Scope scope, Period period) {
        requireDashboard(scope);
        String path = scope.pathFilter();
        List<Long> roots = store.roots(path, scope.unitId());
        List<MonthOutcomes> trend = store.trend(roots, period.first(), period.last());
        long memberTotal = members.search(scope, MemberQuery.all(), PageRequest.of(0, 1)).getTotalElements();
        Structure structure = store.structure(path, memberTotal);
        int year = period.planYear();
        PlanTally planTally = plans.tally(scope, year);
        LocalDate deadline = plans.deadline(year);
        LocalDate today = LocalDate.now(clock);
        long disputed = store.disputed(roots);
        var demandTally = demands.readsDemands(scope)
                ? demands.tally(scope, periodDemands(period)) : null;
        LocalDate since = today.minusDays(SILENT_DAYS);
        Attention attention = new Attention(store.silentGroups(path, since, SILENT_SHOWN),
                store.countSilentGroups(path, since),
                today.isAfter(plans.deadline(today.getYear())) ? plans.tally(scope, today.getYear()).missing() : 0,
                relationships.countEndingSoon(scope),
                demands.readsDemands(scope) ? demands.tally(scope, DemandQuery.all()).overdue() : 0,
                projects.list(scope, new ProjectQuery(null, null, true), PageRequest.of(0, 1)).getTotalElements(),
                disputed);
        return new Dashboard(period, structure, sum(trend, disputed), trend,
                store.byUnit(roots, period.first(), period.last()), store.byType(roots, period.first(), period.last()),
                planTally, deadline, demandTally, attention);
    }

    /** The roster's managers and reviewers read the dashboard of their scope; a plain member does not. */
    public static void requireDashboard(Scope scope) {
        scope.requireRoster();
        if (scope.role() == Role.MEMBER) {
            throw new ForbiddenException("read dashboard");
        }
    }

    /** The demands raised in the period: the demand list with the period's dates. */
    public static DemandQuery periodDemands(Period period) {
        return new DemandQuery(null, false, null, null, false, null, period.from(), period.to());
    }

    private static Outcomes sum(List<MonthOutcomes> trend, long disputed) {
        long reported = 0;
        long confirmed = 0;
        Map<Figure, BigDecimal> reportedFigures = new EnumMap<>(Figure.class);
        Map<Figure, BigDecimal> confirmedFigures = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            reportedFigures.put(figure, BigDecimal.ZERO);
            confirmedFigures.put(figure, BigDecimal.ZERO);
        }
        for (MonthOutcomes month : trend) {
            Outcomes o = month.outcomes();
            reported += o.reported();
            confirmed += o.confirmed();
            for (Figure figure : Figure.values()) {
                reportedFigures.merge(figure, o.reported(figure), BigDecimal::add);
                confirmedFigures.merge(figure, o.confirmed(figure), BigDecimal::add);
            }
        }
        return new Outcomes(reported, confirmed, disputed, reportedFigures, confirmedFigures);
    }
}
