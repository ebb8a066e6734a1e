package cn.helituan.domain.evaluation;

import cn.helituan.domain.account.Account;
import cn.helituan.domain.account.Accounts;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.AssistedObjects;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.PartHistory;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
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
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual evaluation (年度考核). Who may do what:
 * <ul>
 *   <li>open a round, change its settings, compute its indicators, propose and give grades, publish and reopen: an
 *       org admin whose scope holds the round's (a team's admin: their team or one of its sub-teams);</li>
 *   <li>read the review screen and score each group (until the deadline, while open): the round's reviewers; they
 *       read the groups of the round only;</li>
 *   <li>write the group's self-assessment (until the deadline): its leader; the group's leader and members (and the
 *       sub-team leaders above it) read its entry, and its grades once published — the ratings' average only;</li>
 *   <li>rate a group (1–5, until the deadline): the account of an object paired with it in the round's year.</li>
 * </ul>
 * Every write is one transaction; a published round refuses them all (here and in the database, V26).
 */
@Service
public class EvaluationService {

    private static final int TEXT_MAX = 2000;
    private static final int REASON_MAX = 500;
    private static final int COMMENT_MAX = 1000;

    private final Evaluations evaluations;
    private final EvaluationStore store;
    private final UnitService units;
    private final Accounts accounts;
    private final AssistedObjects objects;
    private final History history;
    private final Clock clock;

    public EvaluationService(Evaluations evaluations, EvaluationStore store, UnitService units, Accounts accounts,
                             AssistedObjects objects, History history, Clock clock) {
        this.evaluations = evaluations;
        this.store = store;
        this.units = units;
        this.accounts = accounts;
        this.objects = objects;
        this.history = history;
        this.clock = clock;
    }

    // ----- rounds

    public boolean canOpen(Scope scope) {
        return scope.role() == Role.ORG_ADMIN;
    }

    /**
     * The form of a new round: this year (last year until June), the defaults, and a deadline of 31 January after
     * the year — or a month from today when that has passed (at the latest the end of the year after).
     */
    public RoundForm blankForm() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getMonthValue() <= 6 ? today.getYear() - 1 : today.getYear();
        LocalDate deadline = LocalDate.of(year + 1, 1, 31);
        if (deadline.isBefore(today.plusMonths(1))) {
            deadline = today.plusMonths(1);
        }
        LocalDate latest = LocalDate.of(year + 1, 12, 31);
        return new RoundForm(null, year, null, deadline.isAfter(latest) ? latest : deadline, Grade.DEFAULT, 30,
                Indicator.defaultWeights(), Set.of());
    }

    /** The accounts that can review in the admin's scope (enabled, reviewer role, unit inside), by username. */
    @Transactional(readOnly = true)
    public List<Account> reviewerChoices(Scope scope) {
        requireAdmin(scope);
        return accounts.findByRoleAndEnabledTrueOrderByUsername(Role.REVIEWER).stream()
                .filter(a -> inScope(scope, a)).toList();
    }

    private static boolean inScope(Scope scope, Account reviewer) {
        return scope.wholeDeployment() || (reviewer.getScopeUnit() != null
                && reviewer.getScopeUnit().getPath().startsWith(scope.pathFilter()));
    }

    @Transactional
    public EvaluationRound open(Scope scope, RoundForm form) {
        requireAdmin(scope);
        if (form.year() == null) {
            throw new RuleViolation("year", "evaluation.year.required");
        }
        if (form.year() < 2000 || form.year() > 2100) {
            throw new RuleViolation("year", "evaluation.year.range");
        }
        Unit scopeUnit = scopeUnit(scope, form.scopeUnitId());
        validate(form, form.year());
        if (store.roundExists(form.year(), scopeUnit == null ? null : scopeUnit.getId())) {
            // one evaluation a year for a scope: a published one is reopened, not opened again
            throw new RuleViolation("year", "evaluation.year.taken", form.year());
        }
        EvaluationRound round = new EvaluationRound(form.year(), scopeUnit);
        round.settings(form.name(), form.deadline(), form.grades(), form.topQuota(), form.weights());
        evaluations.save(round);
        setReviewers(scope, round, form.reviewerIds());
        int groups = store.openEntries(round.getId(), scopeUnit == null ? "" : scopeUnit.getPath(), form.year(),
                scope.username(), clock.instant());
        if (groups == 0) {
            throw new RuleViolation("scopeUnitId", "evaluation.scope.noGroups");
        }
        compute(round);
        return round;
    }

    @Transactional
    public EvaluationRound update(Scope scope, long id, long version, RoundForm form) {
        EvaluationRound round = managed(scope, id);
        round.checkVersion(version);
        round.requireOpen();
        validate(form, round.getYear());
        boolean reweighted = !round.weightMap().equals(form.weights());
        if (store.gradedOutside(id, form.grades()) > 0) {
            throw new RuleViolation("grades", "evaluation.grades.inUse");
        }
        round.settings(form.name(), form.deadline(), form.grades(), form.topQuota(), form.weights());
        setReviewers(scope, round, form.reviewerIds());
        if (reweighted) {
            compute(round);
        }
        return round;
    }

    /** Computes the round's indicators again from the record (activities confirmed since count now). */
    @Transactional
    public EvaluationRound recompute(Scope scope, long id, long version) {
        EvaluationRound round = managed(scope, id);
        round.checkVersion(version);
        round.requireOpen();
        compute(round);
        return round;
    }

    private void compute(EvaluationRound round) {
        LocalDate yearEnd = LocalDate.of(round.getYear(), 12, 31);
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = today.isBefore(yearEnd) ? today : yearEnd;
        List<GroupIndicators> facts = store.facts(round.getId(), round.getYear(), asOf);
        store.writeIndicators(round.getId(), IndicatorScoring.rank(facts, round.weightMap()));
        round.computed(clock.instant());
    }

    private void validate(RoundForm form, int year) {
        if (form.name() == null || form.name().isBlank()) {
            throw new RuleViolation("name", "evaluation.name.required");
        }
        if (form.name().length() > 100) {
            throw new RuleViolation("name", "evaluation.name.long");
        }
        if (form.deadline() == null) {
            throw new RuleViolation("deadline", "evaluation.deadline.required");
        }
        if (form.deadline().getYear() < year || form.deadline().getYear() > year + 1) {
            throw new RuleViolation("deadline", "evaluation.deadline.range", year, year + 1);
        }
        if (form.grades() == null || form.grades().size() < 2) {
            throw new RuleViolation("grades", "evaluation.grades.two");
        }
        if (form.topQuota() == null || form.topQuota() < 0 || form.topQuota() > 100) {
            throw new RuleViolation("topQuota", "evaluation.quota.range");
        }
        for (Indicator i : Indicator.values()) {
            Integer w = form.weights() == null ? null : form.weights().get(i);
            if (w == null || w < 0 || w > 100) {
                throw new RuleViolation("weights[" + i + "]", "evaluation.weight.range");
            }
        }
        if (form.weights().values().stream().mapToInt(Integer::intValue).sum() == 0) {
            throw new RuleViolation("weights", "evaluation.weight.allZero");
        }
    }

    private Unit scopeUnit(Scope scope, Long unitId) {
        if (unitId == null) {
            return scope.wholeDeployment() ? null : units.get(scope, scope.unitId());
        }
        Unit unit = units.get(scope, unitId);
        if (unit.getKind() == UnitKind.GROUP || unit.isArchived()) {
            throw new RuleViolation("scopeUnitId", "evaluation.scope.kind");
        }
        return unit;
    }

    private void setReviewers(Scope scope, EvaluationRound round, Set<Long> reviewerIds) {
        Set<Long> wanted = reviewerIds == null ? Set.of() : reviewerIds;
        Map<Long, EvaluationReviewer> existing = new HashMap<>();
        evaluations.reviewers(round.getId()).forEach(r -> existing.put(r.getAccount().getId(), r));
        for (Long accountId : wanted) {
            EvaluationReviewer row = existing.get(accountId);
            if (row != null) {
                row.setRemoved(false);
                continue;
            }
            Account account = accounts.findById(accountId)
                    .filter(a -> a.getRole() == Role.REVIEWER && a.isEnabled() && inScope(scope, a))
                    .orElseThrow(() -> new RuleViolation("reviewerIds", "evaluation.reviewer.notReviewer"));
            evaluations.save(new EvaluationReviewer(round.getId(), account));
        }
        existing.forEach((accountId, row) -> {
            if (!wanted.contains(accountId)) {
                row.setRemoved(true);
            }
        });
    }

    /** A round's page: its settings and counts, what the reader may do. */
    public record RoundView(EvaluationRound round, RoundTally tally, int allowedTop, List<Account> reviewers,
                            boolean manages, boolean reviews, boolean takesInput, Long ownGroupId) {

        /** Whether the reader has the review screen: the admin, the reviewers, a sub-team leader for theirs. */
        public boolean readsBoard(Scope scope) {
            return manages || reviews || scope.role() == Role.SUB_TEAM_LEADER;
        }
    }

    @Transactional(readOnly = true)
    public RoundView view(Scope scope, long id) {
        EvaluationRound round = evaluations.round(id).orElseThrow(() -> new NotFoundException("evaluation", id));
        List<Account> reviewers = evaluations.reviewers(id).stream().filter(r -> !r.isRemoved())
                .map(EvaluationReviewer::getAccount).toList();
        boolean reviews = scope.role() == Role.REVIEWER
                && reviewers.stream().anyMatch(a -> a.getId().equals(scope.accountId()));
        requirePart(scope, round, reviews);
        RoundTally tally = store.tally(id, round.topGrade());
        boolean manages = manages(scope, round);
        Long ownGroup = scope.role() == Role.GROUP_LEADER || scope.role() == Role.MEMBER ? scope.unitId() : null;
        return new RoundView(round, tally, GradeProposal.allowedTop((int) tally.groups(), round.getTopQuota()),
                reviewers, manages, reviews, round.takesInputOn(LocalDate.now(clock)), ownGroup);
    }

    /** The round's page: its view, and for who reads it the review screen's page and its sub-teams. */
    public record BoardPage(RoundView view, Page<BoardRow> rows, List<EvaluationStore.SubTeam> subTeams) {
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
        return new PageImpl<>(evaluations.rounds(ids.ids()), pageable, ids.total());
    }

    // ----- the review screen

    /**
     * A page of the review screen: the admin's and the round's reviewers' (every group of the round), a sub-team
     * leader's (the groups of their sub-team, without the reviewers' scores).
     */
    @Transactional(readOnly = true)
    public Page<BoardRow> board(Scope scope, long id, BoardQuery query, Pageable pageable) {
        EvaluationRound round = readable(scope, id);
        return board(scope, round, manages(scope, round), reviews(scope, round), query, pageable);
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
        EvaluationRound round = readable(scope, id);
        if (!manages(scope, round)) {
            throw new ForbiddenException("export results");
        }
        return store.board(id, query, scope.accountId(), null, 0, Integer.MAX_VALUE).rows();
    }

    // ----- a group's entry

    /** A member's line on the entry: their grade (own or the group's) when the reader may see it. */
    public record MemberLine(EvaluationMember row, Grade grade) {
    }

    /**
     * A group's entry: the indicators with their parts of the score, the self-assessment, the ratings' average (each
     * rating for the admin and reviewers), the reviewers' scores (all for the admin, one's own for a reviewer), the
     * members, and what the reader may do. Grades are shown to the group once published.
     */
    public record EntryView(EvaluationRound round, EvaluationEntry entry, EvaluationStore.Scored scored,
                            List<IndicatorScoring.Part> parts, BigDecimal ratingAverage, long ratingCount,
                            List<EvaluationRating> ratings, List<EvaluationScore> scores, BigDecimal reviewersMean,
                            EvaluationScore myScore, List<MemberLine> members, boolean manages, boolean reviews,
                            boolean ownGroup, boolean leads, boolean takesInput, boolean showsGrades,
                            BigDecimal basis, List<PartHistory> history) {
    }

    @Transactional(readOnly = true)
    public EntryView entry(Scope scope, long roundId, long groupId) {
        EvaluationRound round = evaluations.round(roundId)
                .orElseThrow(() -> new NotFoundException("evaluation", roundId));
        Set<Long> onRound = evaluations.reviewers(roundId).stream().filter(r -> !r.isRemoved())
                .map(r -> r.getAccount().getId()).collect(Collectors.toSet());
        boolean reviews = scope.role() == Role.REVIEWER && onRound.contains(scope.accountId());
        requirePart(scope, round, reviews);
        EvaluationEntry entry = evaluations.entry(roundId, groupId)
                .orElseThrow(() -> new NotFoundException("evaluation entry", groupId));
        boolean manages = manages(scope, round);
        boolean ownGroup = roster(scope, entry);
        if (!manages && !reviews && !ownGroup) {
            throw new NotFoundException("evaluation entry", groupId);
        }
        EvaluationStore.Scored scored = store.indicators(roundId, groupId)
                .orElseThrow(() -> new NotFoundException("evaluation indicators", groupId));
        List<IndicatorScoring.Part> parts = IndicatorScoring.parts(scored.indicators(), store.maxima(roundId),
                round.weightMap());
        List<EvaluationRating> ratings = evaluations.ratings(entry.getId());
        BigDecimal ratingAverage = ratings.isEmpty() ? null : BigDecimal.valueOf(
                ratings.stream().mapToInt(EvaluationRating::getRating).sum())
                .divide(BigDecimal.valueOf(ratings.size()), 2, RoundingMode.HALF_UP);
        List<EvaluationScore> scores = evaluations.scores(entry.getId()).stream()
                .filter(s -> onRound.contains(s.getReviewer().getId())).toList();
        BigDecimal mean = scores.isEmpty() ? null : scores.stream().map(EvaluationScore::getScore)
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(scores.size()), 2,
                        RoundingMode.HALF_UP);
        EvaluationScore mine = scores.stream().filter(s -> s.getReviewer().getId().equals(scope.accountId()))
                .findFirst().orElse(null);
        boolean showsGrades = manages || round.isPublished();
        List<MemberLine> members = evaluations.members(entry.getId()).stream()
                .map(m -> new MemberLine(m, showsGrades ? m.gradeWith(entry.getGrade()) : null)).toList();
        boolean leads = scope.role() == Role.GROUP_LEADER && groupId == scope.unitId();
        List<PartHistory> trail = manages ? entryTrail(entry, evaluations.scores(entry.getId()), ratings, members)
                : List.of();
        return new EntryView(round, entry, scored, parts, ratingAverage, ratings.size(),
                manages || reviews ? ratings : List.of(), manages ? scores : List.of(),
                manages ? mean : null, mine, members, manages, reviews, ownGroup, leads,
                round.takesInputOn(LocalDate.now(clock)), showsGrades,
                manages ? GradeProposal.basis(scored.score(), mean, ratingAverage) : null, trail);
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

    @Transactional
    public EvaluationEntry selfAssess(Scope scope, long roundId, long groupId, long version, String achievements,
                                      String problems, String nextYear) {
        EvaluationRound round = readable(scope, roundId);
        EvaluationEntry entry = inRound(roundId, groupId);
        if (scope.role() != Role.GROUP_LEADER || groupId != scope.unitId()) {
            throw new ForbiddenException("self-assessment");
        }
        requireInput(round);
        entry.checkVersion(version);
        if (achievements == null || achievements.isBlank()) {
            throw new RuleViolation("achievements", "evaluation.self.achievements");
        }
        for (String[] text : new String[][] {{"achievements", achievements}, {"problems", problems},
            {"nextYear", nextYear}}) {
            if (text[1] != null && text[1].length() > TEXT_MAX) {
                throw new RuleViolation(text[0], "evaluation.text.long", TEXT_MAX);
            }
        }
        entry.selfAssess(achievements, problems, nextYear, scope.username(), clock.instant());
        evaluations.flush();
        return entry;
    }

    /**
     * A reviewer's score of a group. {@code version} is that of the reviewer's own score as the form showed it (null:
     * none yet): another reviewer's score at the same time is a row of its own and changes nothing here.
     */
    @Transactional
    public EvaluationScore score(Scope scope, long roundId, long groupId, Long version, BigDecimal score,
                                 String comment) {
        EvaluationRound round = readable(scope, roundId);
        if (!reviews(scope, round)) {
            throw new ForbiddenException("score");
        }
        EvaluationEntry entry = evaluations.entry(roundId, groupId)
                .orElseThrow(() -> RuleViolation.global("evaluation.score.notInRound"));
        requireInput(round);
        if (score == null) {
            throw new RuleViolation("score", "evaluation.score.required");
        }
        if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0 || score.scale() > 2) {
            throw new RuleViolation("score", "evaluation.score.range");
        }
        if (comment != null && comment.length() > COMMENT_MAX) {
            throw new RuleViolation("comment", "evaluation.text.long", COMMENT_MAX);
        }
        EvaluationScore row = evaluations.score(entry.getId(), scope.accountId()).orElse(null);
        if (row == null) {
            if (version != null) {
                throw new cn.helituan.domain.common.ConcurrentEditException("EvaluationScore", entry.getId());
            }
            row = new EvaluationScore(roundId, entry.getId(), accounts.findById(scope.accountId()).orElseThrow());
            row.set(score, comment);
            evaluations.save(row);
        } else {
            row.checkVersion(version == null ? -1 : version);
            row.set(score, comment);
        }
        evaluations.flush();
        return row;
    }

    /** The groups an object's account rates in the round, each with its rating so far (null: none). */
    public record RatingLine(Unit group, EvaluationRating rating) {
    }

    @Transactional(readOnly = true)
    public List<RatingLine> ratingsToGive(Scope scope, long roundId) {
        readable(scope, roundId);
        if (scope.role() != Role.FIRST_SECRETARY) {
            throw new ForbiddenException("rate");
        }
        List<RatingLine> lines = new ArrayList<>();
        for (Long groupId : store.groupsPairedWith(roundId, scope.objectId())) {
            EvaluationEntry entry = inRound(roundId, groupId);
            lines.add(new RatingLine(entry.getGroup(),
                    evaluations.rating(entry.getId(), scope.objectId()).orElse(null)));
        }
        return lines;
    }

    @Transactional
    public EvaluationRating rate(Scope scope, long roundId, long groupId, Long version, Integer rating,
                                 String comment) {
        EvaluationRound round = readable(scope, roundId);
        if (scope.role() != Role.FIRST_SECRETARY
                || !store.groupsPairedWith(roundId, scope.objectId()).contains(groupId)) {
            throw new ForbiddenException("rate");
        }
        EvaluationEntry entry = inRound(roundId, groupId);
        requireInput(round);
        if (rating == null || rating < 1 || rating > 5) {
            throw new RuleViolation("rating", "evaluation.rating.range");
        }
        if (comment != null && comment.length() > COMMENT_MAX) {
            throw new RuleViolation("comment", "evaluation.text.long", COMMENT_MAX);
        }
        EvaluationRating row = evaluations.rating(entry.getId(), scope.objectId()).orElse(null);
        if (row == null) {
            if (version != null) {
                throw new cn.helituan.domain.common.ConcurrentEditException("EvaluationRating", entry.getId());
            }
            AssistedObject object = objects.findById(scope.objectId()).orElseThrow();
            row = new EvaluationRating(roundId, entry.getId(), object);
            row.set(rating, comment);
            evaluations.save(row);
        } else {
            row.checkVersion(version == null ? -1 : version);
            row.set(rating, comment);
        }
        evaluations.flush();
        return row;
    }

    // ----- grades

    /** Proposes every group's grade from its basis ({@link GradeProposal}); grades given with a reason stay. */
    @Transactional
    public EvaluationRound propose(Scope scope, long id, long version) {
        EvaluationRound round = managed(scope, id);
        round.checkVersion(version);
        round.requireOpen();
        List<GradeProposal.Basis> bases = store.inputs(id).stream().map(i -> new GradeProposal.Basis(i.entryId(),
                GradeProposal.basis(i.score(), i.reviewersMean(), i.ratingAverage()))).toList();
        Map<Long, Grade> proposed = GradeProposal.propose(bases, round.getGrades(), round.getTopQuota());
        for (EvaluationEntry entry : evaluations.entries(id)) {
            entry.propose(proposed.get(entry.getId()));
        }
        evaluations.flush();
        return round;
    }

    @Transactional
    public EvaluationEntry grade(Scope scope, long roundId, long groupId, long version, Grade grade, String reason) {
        EvaluationRound round = managed(scope, roundId);
        round.requireOpen();
        EvaluationEntry entry = inRound(roundId, groupId);
        entry.checkVersion(version);
        checkGrade(round, grade, reason, entry.getProposedGrade(), true);
        entry.grade(grade, reason);
        evaluations.flush();
        return entry;
    }

    /** A member's own grade (null: the group's), with the reason. */
    @Transactional
    public EvaluationMember gradeMember(Scope scope, long roundId, long memberRowId, long version, Grade grade,
                                        String reason) {
        EvaluationRound round = managed(scope, roundId);
        round.requireOpen();
        EvaluationMember row = evaluations.member(memberRowId).filter(m -> m.getRoundId() == roundId)
                .orElseThrow(() -> new NotFoundException("evaluation member", memberRowId));
        row.checkVersion(version);
        if (grade != null) {
            checkGrade(round, grade, reason, null, false);
        }
        row.grade(grade, reason);
        evaluations.flush();
        return row;
    }

    private static void checkGrade(EvaluationRound round, Grade grade, String reason, Grade proposed,
                                   boolean required) {
        if (grade == null) {
            if (required) {
                throw new RuleViolation("grade", "evaluation.grade.required");
            }
            return;
        }
        if (!round.getGrades().contains(grade)) {
            throw new RuleViolation("grade", "evaluation.grade.notInRound");
        }
        if (grade != proposed && (reason == null || reason.isBlank())) {
            throw new RuleViolation("reason", "evaluation.grade.reason");
        }
        if (reason != null && reason.length() > REASON_MAX) {
            throw new RuleViolation("reason", "evaluation.text.long", REASON_MAX);
        }
    }

    /** Publishes the results: every group graded, the top grade within the quota for groups and for members. */
    @Transactional
    public EvaluationRound publish(Scope scope, long id, long version) {
        EvaluationRound round = managed(scope, id);
        round.checkVersion(version);
        round.requireOpen();
        // no score, rating or grade is written while the counts are taken and the round locked (V26's triggers wait)
        store.lockRound(id);
        RoundTally tally = store.tally(id, round.topGrade());
        if (store.gradedOutside(id, round.getGrades()) > 0) {
            throw RuleViolation.global("evaluation.publish.gradeNotInRound");
        }
        if (tally.graded() < tally.groups()) {
            throw RuleViolation.global("evaluation.publish.ungraded", tally.groups() - tally.graded());
        }
        int allowed = GradeProposal.allowedTop((int) tally.groups(), round.getTopQuota());
        if (tally.topGroups() > allowed) {
            throw RuleViolation.global("evaluation.publish.quota", tally.topGroups(), allowed, round.getTopQuota());
        }
        int allowedMembers = GradeProposal.allowedTop((int) tally.members(), round.getTopQuota());
        if (tally.topMembers() > allowedMembers) {
            throw RuleViolation.global("evaluation.publish.memberQuota", tally.topMembers(), allowedMembers,
                    round.getTopQuota());
        }
        round.publish(scope.username(), clock.instant());
        evaluations.flush();
        return round;
    }

    @Transactional
    public EvaluationRound reopen(Scope scope, long id, long version, String reason) {
        EvaluationRound round = managed(scope, id);
        round.checkVersion(version);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "evaluation.reopen.reason");
        }
        if (reason.length() > REASON_MAX) {
            throw new RuleViolation("reason", "evaluation.text.long", REASON_MAX);
        }
        round.reopen(reason);
        evaluations.flush();
        return round;
    }

    // ----- published results

    /** The commendation list of a published round: its groups and members with the top grade. */
    public record Commendation(EvaluationRound round, Grade top, List<BoardRow> groups,
                               List<EvaluationStore.Commended> members) {
    }

    @Transactional(readOnly = true)
    public Commendation commendation(Scope scope, long id) {
        EvaluationRound round = readable(scope, id);
        if (!round.isPublished()) {
            throw RuleViolation.global("evaluation.commendation.unpublished");
        }
        if (!manages(scope, round) && !reviews(scope, round) && !scope.canReadRoster()) {
            throw new ForbiddenException("commendation");
        }
        Grade top = round.topGrade();
        List<BoardRow> groups = store.board(id, new BoardQuery(null, top, null, false, false, BoardSort.SCORE, false),
                null, null, 0, Integer.MAX_VALUE).rows();
        return new Commendation(round, top, groups, store.commendedMembers(id, top));
    }

    /** A group's published grades by year (its page); the caller has checked the reader sees the group. */
    @Transactional(readOnly = true)
    public List<EvaluationStore.Result> resultsOfGroup(long groupId) {
        return store.resultsOfGroup(groupId);
    }

    /** A member's published grades by year with the "promote first" mark of a top grade (the member's page). */
    @Transactional(readOnly = true)
    public List<EvaluationStore.Result> resultsOfMember(long memberId) {
        return store.resultsOfMember(memberId);
    }

    /** The round's full trail, newest first: the round, its reviewers, and each group's entry, members, scores, ratings. */
    @Transactional(readOnly = true)
    public List<PartHistory> trail(Scope scope, long id) {
        EvaluationRound round = managed(scope, id);
        List<PartHistory> lines = new ArrayList<>();
        history.of(EvaluationRound.class, id).forEach(e -> lines.add(new PartHistory(e, "EvaluationRound", null)));
        Map<Long, String> reviewers = new HashMap<>();
        evaluations.reviewers(id).forEach(r -> reviewers.put(r.getId(), r.getAccount().getUsername()));
        history.of(EvaluationReviewer.class, reviewers.keySet()).forEach(e -> lines.add(new PartHistory(e,
                "EvaluationReviewer", reviewers.get(e.recordId()))));
        Map<Long, String> groups = new HashMap<>();
        evaluations.entries(round.getId()).forEach(e -> groups.put(e.getId(), e.getGroup().getName()));
        history.of(EvaluationEntry.class, groups.keySet()).stream().filter(e -> !"CREATED".equals(e.action()))
                .forEach(e -> lines.add(new PartHistory(e, "EvaluationEntry", groups.get(e.recordId()))));
        Map<Long, String> scores = new HashMap<>();
        evaluations.roundScores(id).forEach(s -> scores.put(s.getId(), groups.get(s.getEntryId()) + " · "
                + s.getReviewer().getUsername()));
        history.of(EvaluationScore.class, scores.keySet()).forEach(e -> lines.add(new PartHistory(e,
                "EvaluationScore", scores.get(e.recordId()))));
        Map<Long, String> ratings = new HashMap<>();
        evaluations.roundRatings(id).forEach(r -> ratings.put(r.getId(), groups.get(r.getEntryId()) + " · "
                + r.getObject().getName()));
        history.of(EvaluationRating.class, ratings.keySet()).forEach(e -> lines.add(new PartHistory(e,
                "EvaluationRating", ratings.get(e.recordId()))));
        Map<Long, String> members = new HashMap<>();
        evaluations.roundMembers(id).forEach(m -> members.put(m.getId(), groups.get(m.getEntryId()) + " · "
                + m.getMember().getName()));
        history.of(EvaluationMember.class, members.keySet()).stream().filter(e -> !"CREATED".equals(e.action()))
                .forEach(e -> lines.add(new PartHistory(e, "EvaluationMember", members.get(e.recordId()))));
        lines.sort((a, b) -> b.entry().at().compareTo(a.entry().at()));
        return lines;
    }

    // ----- who

    private void requireAdmin(Scope scope) {
        if (!canOpen(scope)) {
            throw new ForbiddenException("evaluation");
        }
    }

    private EvaluationRound managed(Scope scope, long id) {
        EvaluationRound round = readable(scope, id);
        if (!manages(scope, round)) {
            throw new ForbiddenException("manage evaluation");
        }
        return round;
    }

    /** The round if the reader has any part in it (else not found: its existence is not told). */
    private EvaluationRound readable(Scope scope, long id) {
        EvaluationRound round = evaluations.round(id).orElseThrow(() -> new NotFoundException("evaluation", id));
        requirePart(scope, round, scope.role() == Role.REVIEWER && reviews(scope, round));
        return round;
    }

    private void requirePart(Scope scope, EvaluationRound round, boolean reviews) {
        long id = round.getId();
        boolean part = switch (scope.role()) {
            case ORG_ADMIN -> manages(scope, round);
            case REVIEWER -> reviews;
            case FIRST_SECRETARY -> scope.objectId() != null
                    && !store.groupsPairedWith(id, scope.objectId()).isEmpty();
            default -> scope.unitPath() != null && store.hasGroupUnder(id, scope.unitPath());
        };
        if (!part) {
            throw new NotFoundException("evaluation", id);
        }
    }

    private static boolean manages(Scope scope, EvaluationRound round) {
        if (scope.role() != Role.ORG_ADMIN) {
            return false;
        }
        if (scope.wholeDeployment()) {
            return true;
        }
        return round.getScopeUnit() != null && scope.unitPath() != null
                && round.getScopeUnit().getPath().startsWith(scope.unitPath());
    }

    private boolean reviews(Scope scope, EvaluationRound round) {
        return scope.role() == Role.REVIEWER && evaluations.reviewers(round.getId()).stream()
                .anyMatch(r -> !r.isRemoved() && r.getAccount().getId().equals(scope.accountId()));
    }

    private static boolean roster(Scope scope, EvaluationEntry entry) {
        return (scope.role() == Role.GROUP_LEADER || scope.role() == Role.MEMBER
                || scope.role() == Role.SUB_TEAM_LEADER) && scope.covers(entry.getGroup().getPath());
    }

    private EvaluationEntry inRound(long roundId, long groupId) {
        return evaluations.entry(roundId, groupId)
                .orElseThrow(() -> new NotFoundException("evaluation entry", groupId));
    }

    private void requireInput(EvaluationRound round) {
        round.requireOpen();
        if (!round.takesInputOn(LocalDate.now(clock))) {
            throw RuleViolation.global("evaluation.deadline.passed", round.getDeadline());
        }
    }
}
