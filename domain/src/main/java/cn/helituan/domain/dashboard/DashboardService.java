package cn.helituan.domain.dashboard;

import cn.helituan.domain.assisted.RelationshipService;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.demand.DemandQuery;
import cn.helituan.domain.demand.DemandListing;
import cn.helituan.domain.demand.DemandTally;
import cn.helituan.domain.demand.ProjectQuery;
import cn.helituan.domain.demand.ProjectService;
import cn.helituan.domain.member.MemberQuery;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.plan.PlanService;
import cn.helituan.domain.plan.PlanTally;
import cn.helituan.domain.station.AttendanceService;
import cn.helituan.domain.station.MajorMatterService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard of the reader's own scope (org admin: the team or the whole deployment; sub-team leader: the
 * sub-team; group leader: the group; reviewer: their unit; not a plain member). Every figure is the one the list
 * behind it shows for the same scope: members as the roster counts them, plans as the plan list, demands as the
 * demand list for the period's dates, relationships ending as the relationships' overview; activity figures from
 * the tallies, which equal the activity list's totals for the period (a test recounts them). The activity figures
 * are read on every request; the rest is kept a minute per scope and period (helituan.dashboard.keep-seconds), and
 * the page says when it was read.
 */
@Service
public class DashboardService {

    /** A group with no activity for this many days is on the attention list. */
    public static final int SILENT_DAYS = 30;
    /** How many silent groups the attention list names; the rest are counted. */
    public static final int SILENT_SHOWN = 10;
    /** Scopes and periods kept at most (then all are dropped and read again). */
    private static final int MAX_KEPT = 1000;

    private final DashboardStore store;
    private final MemberService members;
    private final PlanService plans;
    private final DemandListing demands;
    private final ProjectService projects;
    private final RelationshipService relationships;
    private final AttendanceService attendance;
    private final MajorMatterService majorMatters;
    private final Clock clock;
    private final Duration keep;
    private final Map<String, Kept> standings = new ConcurrentHashMap<>();

    public DashboardService(DashboardStore store, MemberService members, PlanService plans, DemandListing demands,
                            ProjectService projects, RelationshipService relationships, AttendanceService attendance,
                            MajorMatterService majorMatters, Clock clock,
                            @Value("${helituan.dashboard.keep-seconds:60}") long keepSeconds) {
        this.keep = Duration.ofSeconds(keepSeconds);
        this.store = store;
        this.members = members;
        this.plans = plans;
        this.demands = demands;
        this.projects = projects;
        this.relationships = relationships;
        this.attendance = attendance;
        this.majorMatters = majorMatters;
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

    /** The member list behind the people figure of the period (its link): the same query the figure counts. */
    public MemberQuery people(Scope scope, Period period) {
        return memberQuery(scope, period, LocalDate.now(clock));
    }

    /**
     * The dashboard's table by unit alone (its whole-table page): the same rows as {@link Dashboard#byUnit()} for the
     * scope and period, without reading the rest of the dashboard.
     */
    @Transactional(readOnly = true)
    public List<UnitOutcomes> byUnit(Scope scope, Period period) {
        requireDashboard(scope);
        return store.byUnit(store.roots(scope.pathFilter(), scope.unitId()), period.first(), period.last());
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard(Scope scope, Period period) {
        return dashboard(scope, period, tallies(scope, period));
    }

    /**
     * The activity figures of the scope's units for the period, from the tallies (the dashboard's live part, with its
     * disputed activities): read on every request — or kept while the tallies are not written ({@link
     * DashboardPage}).
     */
    @Transactional(readOnly = true)
    public Tallies tallies(Scope scope, Period period) {
        requireDashboard(scope);
        List<Long> roots = store.roots(scope.pathFilter(), scope.unitId());
        return new Tallies(store.trend(roots, period.first(), period.last()), store.disputed(roots),
                store.byUnit(roots, period.first(), period.last()), store.byType(roots, period.first(), period.last()));
    }

    /** The activity figures the dashboard reads from the tallies: by month, disputed, by unit and by type. */
    public record Tallies(List<MonthOutcomes> trend, long disputed, List<UnitOutcomes> byUnit,
                          List<TypeCount> byType) {

        public Tallies {
            trend = List.copyOf(trend);
            byUnit = List.copyOf(byUnit);
            byType = List.copyOf(byType);
        }
    }

    /** The dashboard of these tallies (the scope's, for the period) with the standing kept for the minute. */
    Dashboard dashboard(Scope scope, Period period, Tallies tallies) {
        requireDashboard(scope);
        Standing standing = standing(scope, period);
        Attention a = standing.attention();
        return new Dashboard(period, standing.structure(), sum(tallies.trend(), tallies.disputed()), tallies.trend(),
                tallies.byUnit(), tallies.byType(), standing.plans(), standing.planDeadline(), standing.demands(),
                new Attention(a.silentGroups(), a.silentTotal(), a.plansMissing(), a.endingSoon(), a.demandsOverdue(),
                        a.projectsOverdue(), tallies.disputed(), a.missingCheckIns(), a.checkInMonth(),
                        a.mattersOverdue(), a.matterDays()), standing.at(),
                standing.yearPlans());
    }

    /**
     * What the dashboard reads beside the activity tallies — the structure, the plans, the demands, the attention
     * list — as the lists count them: kept for {@code keep} per scope and period (a province's demand and plan counts
     * are a tenth of a second each; the page is opened by many at once each morning).
     */
    private record Standing(Structure structure, PlanTally plans, LocalDate planDeadline, DemandTally demands,
                            Attention attention, Instant at, List<YearPlans> yearPlans) {
    }

    /**
     * The scope's standing for the period: read when not kept or older than {@code keep}. While one request reads
     * it again, the others of the same scope get the one kept (a province's morning does not read it sixteen times
     * at once).
     */
    private Standing standing(Scope scope, Period period) {
        String key = scope.role() + "|" + scope.pathFilter() + "|" + period.first() + "|" + period.last();
        Instant now = clock.instant();
        Kept kept = standings.get(key);
        if (kept != null && (kept.standing().at().plus(keep).isAfter(now) || !kept.refreshing().compareAndSet(false,
                true))) {
            return kept.standing();
        }
        try {
            Standing made = read(scope, period, now);
            if (!keep.isZero()) {
                if (standings.size() > MAX_KEPT) {
                    standings.clear();
                }
                standings.put(key, new Kept(made, new AtomicBoolean()));
            }
            return made;
        } finally {
            if (kept != null) {
                kept.refreshing().set(false);
            }
        }
    }

    private record Kept(Standing standing, AtomicBoolean refreshing) {
    }

    private Standing read(Scope scope, Period period, Instant now) {
        String path = scope.pathFilter();
        int year = period.planYear();
        LocalDate today = LocalDate.now(clock);
        LocalDate day = period.structureDay(today);
        // a past period's people are the roster of its last day; a running one's the roster as it is
        long memberTotal = members.search(scope, memberQuery(scope, period, today), PageRequest.of(0, 1))
                .getTotalElements();
        LocalDate since = today.minusDays(SILENT_DAYS);
        boolean readsDemands = demands.readsDemands(scope);
        List<YearPlans> yearPlans = new ArrayList<>();
        for (int y : period.planYears()) {
            yearPlans.add(new YearPlans(y, plans.tally(scope, y), plans.deadline(y)));
        }
        PlanTally planTally = yearPlans.get(yearPlans.size() - 1).plans();
        // the stationed cadres with an absent day in the month of the structure's day (any past month's own)
        YearMonth checkInMonth = YearMonth.from(day);
        DashboardStore.Silent silent = store.silentGroups(path, since, SILENT_SHOWN);
        // plans missing after this year's deadline (the period's year's tally when it is this year)
        long plansMissing = !today.isAfter(plans.deadline(today.getYear())) ? 0
                : (year == today.getYear() ? planTally : plans.tally(scope, today.getYear())).missing();
        return new Standing(store.structure(path, memberTotal, day), planTally,
                plans.deadline(year),
                readsDemands ? demands.tally(scope, periodDemands(period)) : null,
                new Attention(silent.first(), silent.total(),
                        plansMissing, relationships.countEndingSoon(scope),
                        readsDemands ? demands.tally(scope, DemandQuery.all()).overdue() : 0,
                        projects.list(scope, new ProjectQuery(null, null, true), PageRequest.of(0, 1))
                                .getTotalElements(), 0,
                        attendance.readsVillages(scope) ? attendance.missing(scope, checkInMonth) : 0, checkInMonth,
                        majorMatters.overdue(scope), majorMatters.overdueDays()),
                now, yearPlans);
    }

    /** The roster's managers and reviewers read the dashboard of their scope; a plain member does not. */
    public static void requireDashboard(Scope scope) {
        scope.requireRoster();
        if (scope.role() == Role.MEMBER) {
            throw new ForbiddenException("read dashboard");
        }
    }

    /** The member list behind the people figure: the roster of a past period's last day, else the roster now. */
    public static MemberQuery memberQuery(Scope scope, Period period, LocalDate today) {
        LocalDate day = period.structureDay(today);
        // a unit's people as the team tree and the roster filtered to the unit count them (the unit and everything
        // under it, each person once); the whole deployment's as its roster counts them
        return new MemberQuery(null, scope.unitId(), null, null, null, false, day.isBefore(today) ? day : null);
    }

    /** The demands raised in the period: the demand list with the period's dates. */
    public static DemandQuery periodDemands(Period period) {
        return new DemandQuery(null, false, null, null, false, null, period.from(), period.to());
    }

    private static Outcomes sum(List<MonthOutcomes> trend, long disputed) {
        Outcomes sum = trend.stream().map(MonthOutcomes::outcomes).reduce(Outcomes.none(), Outcomes::plus);
        return new Outcomes(sum.reported(), sum.confirmed(), disputed, sum.reportedFigures(), sum.confirmedFigures());
    }
}
