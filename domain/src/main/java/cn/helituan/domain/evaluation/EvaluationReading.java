package cn.helituan.domain.evaluation;

import cn.helituan.domain.account.Account;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.PartHistory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the annual evaluation, each reader their part ({@link EvaluationAccess}): the rounds, a round's page and
 * review screen, its export, a group's entry, the commendation list and the round's trail.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EvaluationReading {

    private final EvaluationRounds rounds;
    private final EvaluationReviewers reviewers;
    private final EvaluationEntries entries;
    private final EvaluationMembers members;
    private final EvaluationScores scores;
    private final EvaluationRatings ratings;
    private final EvaluationStore store;
    private final EvaluationAccess access;
    private final History history;
    private final Clock clock;

    // ----- rounds

    @Transactional(readOnly = true)
    public RoundView view(Scope scope, long id) {
        EvaluationRound round = rounds.round(id).orElseThrow(() -> new NotFoundException("evaluation", id));
        List<Account> reviewers = this.reviewers.ofRound(id).stream().filter(r -> !r.isRemoved())
                .map(EvaluationReviewer::getAccount).toList();
        boolean reviews = scope.role() == Role.REVIEWER
                && reviewers.stream().anyMatch(a -> a.getId().equals(scope.accountId()));
        access.requirePart(scope, round, reviews);
        RoundTally tally = store.tally(id, round.topGrade());
        boolean manages = access.manages(scope, round);
        Long ownGroup = scope.role() == Role.GROUP_LEADER || scope.role() == Role.MEMBER ? scope.unitId() : null;
        return new RoundView(round, tally, GradeProposal.allowedTop((int) tally.groups(), round.getTopQuota()),
                reviewers, manages, reviews, round.takesInputOn(LocalDate.now(clock)), ownGroup);
    }

    @Transactional(readOnly = true)
    public BoardPage page(Scope scope, long id, BoardQuery query, Pageable pageable) {
        RoundView v = view(scope, id);
        if (!v.readsBoard(scope)) {
            return new BoardPage(v, null, List.of());
        }
        return new BoardPage(v, board(scope, v.round(), v.manages(), v.reviews(), query, pageable),
                store.subTeams(id, v.manages() || v.reviews() ? "" : scope.unitPath()));
    }

    /** The rounds the reader sees, latest year first (see {@link RoundVisibility}). */
    @Transactional(readOnly = true)
    public Page<EvaluationRound> list(Scope scope, Pageable pageable) {
        RoundVisibility visibility = switch (scope.role()) {
            case ORG_ADMIN -> new RoundVisibility(scope.pathFilter(), null, null, null);
            case REVIEWER -> new RoundVisibility(null, scope.accountId(), null, null);
            case FIRST_SECRETARY -> new RoundVisibility(null, null, null, scope.objectId());
            default -> scope.unitPath() == null ? new RoundVisibility(null, null, null, null)
                    : new RoundVisibility(null, null, scope.unitPath(), null);
        };
        EvaluationStore.RoundIds ids = store.visible(visibility, pageable.getOffset(), pageable.getPageSize());
        return new PageImpl<>(rounds.rounds(ids.ids()), pageable, ids.total());
    }

    // ----- the review screen

    /**
     * A page of the review screen: the admin's and the round's reviewers' (every group of the round), a sub-team
     * leader's (the groups of their sub-team, without the reviewers' scores).
     */
    @Transactional(readOnly = true)
    public Page<BoardRow> board(Scope scope, long id, BoardQuery query, Pageable pageable) {
        EvaluationRound round = access.readable(scope, id);
        return board(scope, round, access.manages(scope, round), access.reviews(scope, round), query, pageable);
    }

    private Page<BoardRow> board(Scope scope, EvaluationRound round, boolean manages, boolean reviews,
                                 BoardQuery query, Pageable pageable) {
        boolean whole = manages || reviews;
        if (!whole && scope.role() != Role.SUB_TEAM_LEADER) {
            throw new ForbiddenException("review board");
        }
        if (!manages) {
            // what only the admin reads is no filter or order for the others either
            query = new BoardQuery(query.subTeam(), round.isPublished() ? query.grade() : null, query.name(),
                    query.unscored(), query.noSelfAssessment(),
                    query.sort() == BoardSort.REVIEWERS ? BoardSort.SCORE : query.sort(), query.ascending());
        }
        EvaluationStore.Board board = store.board(round.getId(), query, scope.accountId(),
                whole ? null : scope.unitPath(), pageable.getOffset(), pageable.getPageSize());
        List<BoardRow> rows = manages ? board.rows()
                : board.rows().stream().map(r -> r.withoutAdminParts(round.isPublished())).toList();
        return new PageImpl<>(rows, pageable, board.total());
    }

    /** Every group of the round in the order of the query (the export). */
    @Transactional(readOnly = true)
    public List<BoardRow> results(Scope scope, long id, BoardQuery query) {
        EvaluationRound round = access.readable(scope, id);
        if (!access.manages(scope, round)) {
            throw new ForbiddenException("export results");
        }
        return store.board(id, query, scope.accountId(), null, 0, Integer.MAX_VALUE).rows();
    }

    // ----- a group's entry

    @Transactional(readOnly = true)
    public EntryView entry(Scope scope, long roundId, long groupId) {
        EvaluationRound round = rounds.round(roundId)
                .orElseThrow(() -> new NotFoundException("evaluation", roundId));
        Set<Long> onRound = reviewers.ofRound(roundId).stream().filter(r -> !r.isRemoved())
                .map(r -> r.getAccount().getId()).collect(Collectors.toSet());
        boolean reviews = scope.role() == Role.REVIEWER && onRound.contains(scope.accountId());
        access.requirePart(scope, round, reviews);
        EvaluationEntry entry = entries.entry(roundId, groupId)
                .orElseThrow(() -> new NotFoundException("evaluation entry", groupId));
        boolean manages = access.manages(scope, round);
        boolean ownGroup = access.roster(scope, entry);
        if (!manages && !reviews && !ownGroup) {
            throw new NotFoundException("evaluation entry", groupId);
        }
        EvaluationStore.Scored scored = store.indicators(roundId, groupId)
                .orElseThrow(() -> new NotFoundException("evaluation indicators", groupId));
        List<IndicatorScoring.Part> parts = IndicatorScoring.parts(scored.indicators(), store.maxima(roundId),
                round.weightMap());
        List<EvaluationRating> ratings = this.ratings.ofEntry(entry.getId());
        BigDecimal ratingAverage = ratings.isEmpty() ? null : BigDecimal.valueOf(
                ratings.stream().mapToInt(EvaluationRating::getRating).sum())
                .divide(BigDecimal.valueOf(ratings.size()), 2, RoundingMode.HALF_UP);
        List<EvaluationScore> scores = this.scores.ofEntry(entry.getId()).stream()
                .filter(s -> onRound.contains(s.getReviewer().getId())).toList();
        BigDecimal mean = scores.isEmpty() ? null : scores.stream().map(EvaluationScore::getScore)
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(scores.size()), 2,
                        RoundingMode.HALF_UP);
        EvaluationScore mine = scores.stream().filter(s -> s.getReviewer().getId().equals(scope.accountId()))
                .findFirst().orElse(null);
        boolean showsGrades = manages || round.isPublished();
        List<MemberLine> members = this.members.ofEntry(entry.getId()).stream()
                .map(m -> new MemberLine(m, showsGrades ? m.gradeWith(entry.getGrade()) : null)).toList();
        boolean leads = scope.role() == Role.GROUP_LEADER && groupId == scope.unitId();
        List<PartHistory> trail = manages ? entryTrail(entry, this.scores.ofEntry(entry.getId()), ratings, members)
                : List.of();
        // the stationed cadres as the round's figures were computed (those figures are their sums), for the readers
        // of the villages' attendance sheets only (the department, the round's reviewers, the sub-team's leader): a
        // group's member or leader reads their own line of a sheet, not their colleagues'
        LocalDate computed = round.getComputedAt() == null ? LocalDate.now(clock)
                : LocalDate.ofInstant(round.getComputedAt(), clock.getZone());
        LocalDate yearEnd = LocalDate.of(round.getYear(), 12, 31);
        LocalDate asOf = computed.isBefore(yearEnd) ? computed : yearEnd;
        boolean readsCadres = manages || reviews || scope.role() == Role.SUB_TEAM_LEADER && ownGroup;
        List<CadreOversight> cadres = readsCadres
                ? store.stationedCadres(roundId, groupId, round.getYear(), asOf, computed) : null;
        return new EntryView(round, entry, scored, parts, ratingAverage, ratings.size(),
                manages || reviews ? ratings : List.of(), manages ? scores : List.of(),
                manages ? mean : null, mine, members, manages, reviews, ownGroup, leads,
                round.takesInputOn(LocalDate.now(clock)), showsGrades,
                manages ? GradeProposal.basis(scored.score(), mean, ratingAverage) : null, trail, cadres,
                java.time.YearMonth.from(asOf));
    }

    private List<PartHistory> entryTrail(EvaluationEntry entry, List<EvaluationScore> scores,
                                         List<EvaluationRating> ratings, List<MemberLine> members) {
        List<PartHistory> lines = new ArrayList<>();
        history.of(EvaluationEntry.class, entry.getId()).forEach(e -> lines.add(new PartHistory(e, "EvaluationEntry",
                null)));
        Map<Long, String> scorers = scores.stream().collect(Collectors.toMap(EvaluationScore::getId,
                s -> s.getReviewer().getUsername()));
        history.of(EvaluationScore.class, scorers.keySet()).forEach(e -> lines.add(new PartHistory(e,
                "EvaluationScore", scorers.get(e.recordId()))));
        Map<Long, String> raters = ratings.stream().collect(Collectors.toMap(EvaluationRating::getId,
                r -> r.getObject().getName()));
        history.of(EvaluationRating.class, raters.keySet()).forEach(e -> lines.add(new PartHistory(e,
                "EvaluationRating", raters.get(e.recordId()))));
        Map<Long, String> names = members.stream().collect(Collectors.toMap(m -> m.row().getId(),
                m -> m.row().getMember().getName()));
        history.of(EvaluationMember.class, names.keySet()).forEach(e -> lines.add(new PartHistory(e,
                "EvaluationMember", names.get(e.recordId()))));
        lines.sort((a, b) -> b.entry().at().compareTo(a.entry().at()));
        return lines;
    }

    // ----- published results

    @Transactional(readOnly = true)
    public Commendation commendation(Scope scope, long id) {
        EvaluationRound round = access.readable(scope, id);
        if (!round.isPublished()) {
            throw RuleViolation.global("evaluation.commendation.unpublished");
        }
        if (!access.manages(scope, round) && !access.reviews(scope, round) && !scope.canReadRoster()) {
            throw new ForbiddenException("commendation");
        }
        Grade top = round.topGrade();
        List<BoardRow> groups = store.board(id, new BoardQuery(null, top, null, false, false, BoardSort.SCORE, false),
                null, null, 0, Integer.MAX_VALUE).rows();
        return new Commendation(round, top, groups, store.commendedMembers(id, top));
    }

    /** The round's full trail, newest first: the round, its reviewers, and each group's entry, members, scores, ratings. */
    @Transactional(readOnly = true)
    public List<PartHistory> trail(Scope scope, long id) {
        EvaluationRound round = access.managed(scope, id);
        List<PartHistory> lines = new ArrayList<>();
        history.of(EvaluationRound.class, id).forEach(e -> lines.add(new PartHistory(e, "EvaluationRound", null)));
        Map<Long, String> reviewers = new HashMap<>();
        this.reviewers.ofRound(id).forEach(r -> reviewers.put(r.getId(), r.getAccount().getUsername()));
        history.of(EvaluationReviewer.class, reviewers.keySet()).forEach(e -> lines.add(new PartHistory(e,
                "EvaluationReviewer", reviewers.get(e.recordId()))));
        Map<Long, String> groups = new HashMap<>();
        entries.ofRound(round.getId()).forEach(e -> groups.put(e.getId(), e.getGroup().getName()));
        history.of(EvaluationEntry.class, groups.keySet()).stream().filter(e -> !"CREATED".equals(e.action()))
                .forEach(e -> lines.add(new PartHistory(e, "EvaluationEntry", groups.get(e.recordId()))));
        Map<Long, String> scores = new HashMap<>();
        this.scores.ofRound(id).forEach(s -> scores.put(s.getId(), groups.get(s.getEntryId()) + " · "
                + s.getReviewer().getUsername()));
        history.of(EvaluationScore.class, scores.keySet()).forEach(e -> lines.add(new PartHistory(e,
                "EvaluationScore", scores.get(e.recordId()))));
        Map<Long, String> ratings = new HashMap<>();
        this.ratings.ofRound(id).forEach(r -> ratings.put(r.getId(), groups.get(r.getEntryId()) + " · "
                + r.getObject().getName()));
        history.of(EvaluationRating.class, ratings.keySet()).forEach(e -> lines.add(new PartHistory(e,
                "EvaluationRating", ratings.get(e.recordId()))));
        Map<Long, String> members = new HashMap<>();
        this.members.ofRound(id).forEach(m -> members.put(m.getId(), groups.get(m.getEntryId()) + " · "
                + m.getMember().getName()));
        history.of(EvaluationMember.class, members.keySet()).stream().filter(e -> !"CREATED".equals(e.action()))
                .forEach(e -> lines.add(new PartHistory(e, "EvaluationMember", members.get(e.recordId()))));
        lines.sort((a, b) -> b.entry().at().compareTo(a.entry().at()));
        return lines;
    }
}
