package cn.helituan.domain.contest;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.KeyedReads;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.Units;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contests' year end: each town (the sub-team that organises town contests) recommends one or two village
 * secretaries ({@value #QUOTA} at most, held by V49's trigger too) from the presenters of its published town contests
 * of the year; the county's org admin selects among them the year's 担当作为好支书. Town recommendations are made by the
 * sub-team's leader or an org admin whose scope holds it; the selection by an org admin whose scope holds the town.
 */
@Service
@RequiredArgsConstructor
public class ContestYearEnd {

    /** Recommendations a town makes a year. */
    public static final int QUOTA = 2;

    private final ContestRounds rounds;
    private final ContestPresenters presenters;
    private final ContestResults results;
    private final Recommendations recommendations;
    private final ContestAccess access;
    private final Units units;
    private final History history;
    private final KeyedReads keyedReads;
    private final Clock clock;

    /**
     * A presenter of the town's year with the published line of their stop, and whether the member is already
     * recommended (from this presentation or another: a member presenting twice is listed twice, recommended once).
     */
    public record Candidate(ContestPresenter presenter, ContestResult result, boolean recommended) {
    }

    /**
     * A town's year: its live recommendations, candidates for its organisers (a page of them on the town's own page,
     * none on the year's), whether the reader may act.
     */
    public record Town(Unit unit, List<RecommendationLine> recommended, List<Candidate> candidates, boolean manages,
                       boolean selects) {
    }

    /**
     * A page of the year's towns under the reader's scope (by name), with their recommendations, and the history of
     * those recommendations. The candidates are on each town's own page ({@link #town}): a province's town has seventy
     * a year, and twenty towns' every candidate with a form made a page of 160 KB at four a second
     * (docs/performance.md, "Contests and the case library").
     */
    @Transactional(readOnly = true)
    public YearPage year(Scope scope, int year, Pageable pageable) {
        scope.requireRoster();
        Page<Unit> units = rounds.townsWithResults(year, scope.pathFilter(), pageable);
        // the rest looks up by the towns' and the recommendations' ids: the eight tables joined for the
        // recommendations took longer to plan for each request than to run
        keyedReads.forThisTransaction();
        List<Long> ids = units.getContent().stream().map(Unit::getId).toList();
        List<RecommendationLine> live = ids.isEmpty() ? List.of() : recommendations.liveOf(year, ids);
        Map<Long, List<RecommendationLine>> byUnit = live.stream()
                .collect(Collectors.groupingBy(RecommendationLine::unitId));
        Page<Town> towns = units.map(unit -> new Town(unit, byUnit.getOrDefault(unit.getId(), List.of()), List.of(),
                manages(scope, unit), selects(scope, unit)));
        return new YearPage(towns, history.of(Recommendation.class, live.stream().map(RecommendationLine::id).toList()));
    }

    /**
     * One town's year: its recommendations and, for its organisers, a page of all its candidates (the best ranked
     * first), and the history of its recommendations. A unit outside the reader's scope, or not a town, is not found.
     */
    @Transactional(readOnly = true)
    public TownPage town(Scope scope, long unitId, int year, Pageable pageable) {
        scope.requireRoster();
        keyedReads.forThisTransaction();   // every statement below is driven by the town's id and the year
        Unit unit = units.findById(unitId)
                .filter(u -> u.getKind() == UnitKind.SUB_TEAM && scope.covers(u.getPath()))
                .orElseThrow(() -> new NotFoundException("unit", unitId));
        List<RecommendationLine> live = recommendations.liveOf(year, List.of(unitId));
        Page<ContestPresenter> page = manages(scope, unit) ? presenters.candidatesOf(unitId, year, pageable)
                : Page.empty(pageable);
        List<Candidate> candidates = marked(page.getContent(), live);
        return new TownPage(new Town(unit, live, candidates, manages(scope, unit), selects(scope, unit)),
                new PageImpl<>(candidates, page.getPageable(), page.getTotalElements()),
                history.of(Recommendation.class, live.stream().map(RecommendationLine::id).toList()));
    }

    /** A town's page of the year end: the town (its candidates those of the page), the page, the history. */
    public record TownPage(Town town, Page<Candidate> candidates, List<HistoryEntry> history) {
    }

    /** A page of the year end: its towns, and the history of their recommendations. */
    public record YearPage(Page<Town> towns, List<HistoryEntry> history) {
    }

    @Transactional
    public Recommendation recommend(Scope scope, long unitId, int year, long presenterId, String reason) {
        Unit unit = units.findById(unitId).filter(u -> scope.covers(u.getPath()))
                .orElseThrow(() -> new NotFoundException("unit", unitId));
        if (!manages(scope, unit)) {
            throw new ForbiddenException("recommend");
        }
        ContestPresenter presenter = presenters.candidate(unitId, year, presenterId)
                .orElseThrow(() -> RuleViolation.global("contest.recommend.notCandidate"));
        recommendations.lockTownYear(unitId, year); // a second recommendation at the same moment waits for this one
        if (recommendations.countByUnit_IdAndYearAndWithdrawnFalse(unitId, year) >= QUOTA) {
            throw RuleViolation.global("contest.recommend.quota", QUOTA);
        }
        if (recommendations.existsByYearAndMember_IdAndWithdrawnFalse(year, presenter.getMember().getId())) {
            throw RuleViolation.global("contest.recommend.duplicate");
        }
        return recommendations.saveAndFlush(new Recommendation(year, unit, presenter,
                reason == null || reason.isBlank() ? null : reason.strip()));
    }

    @Transactional
    public Recommendation withdraw(Scope scope, long id, long version) {
        Recommendation recommendation = readable(scope, id);
        if (!manages(scope, recommendation.getUnit())) {
            throw new ForbiddenException("withdraw recommendation");
        }
        recommendation.checkVersion(version);
        recommendation.withdraw();
        return recommendation;
    }

    /** The county selects the recommended secretary as the year's 担当作为好支书. */
    @Transactional
    public Recommendation select(Scope scope, long id, long version) {
        Recommendation recommendation = readable(scope, id);
        if (!selects(scope, recommendation.getUnit())) {
            throw new ForbiddenException("select 好支书");
        }
        recommendation.checkVersion(version);
        recommendation.select(scope.username(), clock.instant());
        return recommendation;
    }

    /** The member's years as 担当作为好支书 (the mark on their page), latest first. */
    @Transactional(readOnly = true)
    public List<Integer> selectedYears(long memberId) {
        return recommendations.findByMember_IdAndSelectedTrueOrderByYearDesc(memberId).stream()
                .map(Recommendation::getYear).toList();
    }

    private Recommendation readable(Scope scope, long id) {
        return recommendations.findById(id).filter(r -> scope.canReadRoster() && scope.covers(r.getUnit().getPath()))
                .orElseThrow(() -> new NotFoundException("recommendation", id));
    }

    private boolean manages(Scope scope, Unit unit) {
        return unit.getKind() == UnitKind.SUB_TEAM && access.mayOrganise(scope) && scope.covers(unit.getPath());
    }

    private boolean selects(Scope scope, Unit unit) {
        return scope.role() == Role.ORG_ADMIN && scope.covers(unit.getPath());
    }

    /**
     * The town's presenters as candidates, in their order, each with the published line of their stop and marked when
     * the town already recommended the member.
     */
    private List<Candidate> marked(List<ContestPresenter> list, List<RecommendationLine> recommended) {
        Map<Long, ContestResult> lines = list.isEmpty() ? Map.of() : results.findByStopIdIn(list.stream()
                .map(p -> p.getStop().getId()).distinct().toList()).stream()
                .collect(Collectors.toMap(ContestResult::getStopId, Function.identity()));
        return list.stream().map(p -> new Candidate(p, lines.get(p.getStop().getId()), recommended.stream()
                .anyMatch(r -> r.memberId() == p.getMember().getId()))).toList();
    }
}
