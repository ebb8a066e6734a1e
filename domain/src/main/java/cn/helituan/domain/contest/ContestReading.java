package cn.helituan.domain.contest;

import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import cn.helituan.domain.history.PartHistory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pages of the rounds: the list, a round's page, a stop's page and the published ranking. Before publication a
 * judge sees their own scores only, and nobody sees another judge's (the round's page shows how many have scored);
 * once published every reader sees each judge's sheet.
 */
@Service
@RequiredArgsConstructor
public class ContestReading {

    private final ContestRounds rounds;
    private final ContestAccess access;
    private final ContestCriteria criteria;
    private final ContestStops stops;
    private final ContestPresenters presenters;
    private final ContestJudges judges;
    private final ContestSheets sheets;
    private final ContestScores scores;
    private final ContestResults results;
    private final ContestEvidence evidence;
    private final ContestStopPhotos photos;
    private final History history;

    /** Evidence lines a stop's page shows of each kind. */
    public static final int EVIDENCE_LIMIT = 10;

    /** The list's filters (null = any); {@code from} and {@code to} hold the round's day (its first stop's). */
    public record Filter(ContestLevel level, Integer year, Integer quarter, ContestStatus status, LocalDate from,
                         LocalDate to) {

        public Filter(ContestLevel level, Integer year, Integer quarter, ContestStatus status) {
            this(level, year, quarter, status, null, null);
        }
    }

    /** A round's page: its criteria, stops with their presenters, judges, each stop's count of sheets. */
    public record RoundPage(ContestRound round, List<ContestCriterion> criteria, List<ContestStop> stops,
                            Map<Long, List<ContestPresenter>> presenters, List<ContestJudge> judges,
                            Map<Long, Long> sheetsPerStop, Set<Long> scoredByMe, boolean manages, boolean judge) {
    }

    /** A judge's sheet as a reader may see it: whose, the scores by criterion id, the weighted total. */
    public record SheetLine(ContestSheet sheet, Map<Long, BigDecimal> scores, BigDecimal total) {
    }

    /** A stop's page: the stop, presenters, the reader's own sheet (a judge), every sheet once published. */
    public record StopPage(ContestRound round, ContestStop stop, List<ContestCriterion> criteria,
                           List<ContestPresenter> presenters, SheetLine mine, List<SheetLine> all, long sheetCount,
                           boolean manages, boolean judge, List<ContestEvidence.Line> activities,
                           List<ContestEvidence.Line> projects, List<ContestStopPhoto> photos) {
    }

    /** Whether the stop belongs to the round the scope reads (not found when it does not read the round). */
    @Transactional(readOnly = true)
    public boolean isStopOf(Scope scope, long id, long stopId) {
        ContestRound round = access.readable(scope, id);
        return stops.findById(stopId).filter(s -> s.getRound().getId().equals(round.getId())).isPresent();
    }

    @Transactional(readOnly = true)
    public Page<ContestRound> list(Scope scope, Filter filter, Pageable pageable) {
        Visibility v = Visibility.of(scope);
        return rounds.visible(v.covering(), v.below(), v.account(), filter.level(), filter.year(), filter.quarter(),
                filter.status(), filter.from(), filter.to(), pageable);
    }

    /** What the rounds of {@link #list} add up to, per level. */
    @Transactional(readOnly = true)
    public ContestTotals totals(Scope scope, Filter filter) {
        Visibility v = Visibility.of(scope);
        Map<ContestLevel, long[]> sums = new EnumMap<>(ContestLevel.class);
        for (ContestLevel level : ContestLevel.values()) {
            sums.put(level, new long[3]);
        }
        for (Object[] row : rounds.roundTotals(v.covering(), v.below(), v.account(), filter.level(), filter.year(),
                filter.quarter(), filter.status(), filter.from(), filter.to())) {
            long[] sum = sums.get((ContestLevel) row[0]);
            sum[0] = ((Number) row[1]).longValue();
            sum[2] = ((Number) row[2]).longValue();
            sum[1] = ((Number) row[3]).longValue();
        }
        return new ContestTotals(sums.entrySet().stream()
                .map(e -> new ContestTotals.Line(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList());
    }

    /**
     * Whose rounds a reader sees: those under {@code covering} (a scope's prefix, "" all, null none), the published
     * ones above a reader scoped to a unit ({@code below}), and those naming the account a judge.
     */
    private record Visibility(String covering, String below, Long account) {

        static Visibility of(Scope scope) {
            return new Visibility(scope.wholeDeployment() ? "" : scope.canReadRoster() ? scope.unitPath() : null,
                    scope.role().scopedToUnit() ? scope.unitPath() : null,
                    scope.accountId() == null ? -1L : scope.accountId());
        }
    }

    @Transactional(readOnly = true)
    public RoundPage round(Scope scope, long id) {
        ContestRound round = access.readable(scope, id);
        round.getUnit().getName();
        List<ContestStop> inOrder = stops.inOrder(id);
        // each stop's sheets counted, and whether one is the reader's: not every sheet read with its judge
        Map<Long, Long> counts = new HashMap<>();
        Set<Long> mine = new HashSet<>();
        for (Object[] row : sheets.countsOfRound(id, scope.accountId() == null ? -1L : scope.accountId())) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
            if (((Number) row[2]).longValue() > 0) {
                mine.add((Long) row[0]);
            }
        }
        List<ContestJudge> named = judges.ofRound(id);
        boolean judge = scope.accountId() != null
                && named.stream().anyMatch(j -> j.getAccount().getId().equals(scope.accountId()));
        return new RoundPage(round, live(id), inOrder, presentersOf(id), named, counts, mine,
                access.manages(scope, round), judge);
    }

    @Transactional(readOnly = true)
    public StopPage stop(Scope scope, long id, long stopId) {
        ContestRound round = access.readable(scope, id);
        ContestStop stop = ContestAdministration.stopOf(round, stopId, stops);
        stop.getName();
        List<ContestCriterion> live = live(id);
        List<ContestSheet> all = sheets.ofStop(stopId);
        SheetLine mine = null;
        List<SheetLine> lines = new ArrayList<>();
        for (ContestSheet sheet : all) {
            boolean own = sheet.getJudge().getAccount().getId().equals(scope.accountId());
            if (own || round.isPublished()) {
                SheetLine line = line(sheet, live);
                if (own) {
                    mine = line;
                }
                if (round.isPublished()) {
                    lines.add(line);
                }
            }
        }
        List<ContestEvidence.Line> acts = stop.getObject() == null ? List.of() : evidence.activities(
                stop.getObject().getId(), round.periodStart(), round.periodEnd(), EVIDENCE_LIMIT);
        List<ContestEvidence.Line> projs = stop.getObject() == null ? List.of() : evidence.projects(
                stop.getObject().getId(), round.periodStart(), round.periodEnd(), EVIDENCE_LIMIT);
        return new StopPage(round, stop, live, presentersOf(id).getOrDefault(stopId, List.of()), mine,
                lines, all.size(), access.manages(scope, round), access.isJudge(scope, round), acts, projs,
                photos.findByStopIdAndRemovedFalseOrderById(stopId));
    }

    /** The published ranking; not found before publication. */
    @Transactional(readOnly = true)
    public List<ContestResult> ranking(Scope scope, long id) {
        ContestRound round = access.readable(scope, id);
        if (!round.isPublished()) {
            throw new NotFoundException("contestRanking", id);
        }
        round.getUnit().getName();
        return results.ranking(id);
    }

    /**
     * The trail of a round's page: the round, its criteria (removed ones too), stops, presenters and judges (never
     * the sheets: they are secret), from the parts the page has read.
     */
    @Transactional(readOnly = true)
    public List<PartHistory> history(RoundPage page) {
        long id = page.round().getId();
        // each part's name on the page by its id, by type; one read for all (was one statement a part: a round of
        // ten stops with their presenters and five judges, thirty)
        Map<Class<?>, Map<Long, String>> names = new HashMap<>();
        names.put(ContestRound.class, Map.of(id, ""));
        criteria.findByRoundIdOrderByPosition(id).forEach(c -> named(names, ContestCriterion.class, c.getId(),
                c.getName()));
        page.stops().forEach(s -> named(names, ContestStop.class, s.getId(), s.getName()));
        page.presenters().values().stream().flatMap(List::stream).forEach(p -> named(names,
                ContestPresenter.class, p.getId(), p.getName()));
        page.judges().forEach(j -> named(names, ContestJudge.class, j.getId(), j.getAccount().getDisplayName()));
        List<PartHistory> trail = new ArrayList<>(history.withParts(ContestRound.class, names));
        trail.sort(Comparator.comparing((PartHistory p) -> p.entry().at()).reversed());
        return trail;
    }

    private static void named(Map<Class<?>, Map<Long, String>> names, Class<?> type, long id, String name) {
        names.computeIfAbsent(type, t -> new HashMap<>()).put(id, name);
    }

    private List<ContestCriterion> live(long roundId) {
        return criteria.findByRoundIdOrderByPosition(roundId).stream().filter(c -> !c.isRemoved()).toList();
    }

    private Map<Long, List<ContestPresenter>> presentersOf(long roundId) {
        Map<Long, List<ContestPresenter>> byStop = new LinkedHashMap<>();
        presenters.ofRound(roundId)
                .forEach(p -> byStop.computeIfAbsent(p.getStop().getId(), k -> new ArrayList<>()).add(p));
        return byStop;
    }

    private SheetLine line(ContestSheet sheet, List<ContestCriterion> live) {
        Map<Long, BigDecimal> values = new HashMap<>();
        scores.findBySheet_Id(sheet.getId()).forEach(s -> values.put(s.getCriterion().getId(), s.getScore()));
        BigDecimal total = ContestRanking.judgeTotal(live.stream()
                .map(c -> new ContestRanking.Weight(c.getId(), c.getWeight(), c.isDeduction())).toList(), values);
        return new SheetLine(sheet, values, total);
    }
}
