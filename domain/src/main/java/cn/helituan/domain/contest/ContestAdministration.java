package cn.helituan.domain.contest;

import cn.helituan.domain.account.Account;
import cn.helituan.domain.account.Accounts;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.AssistedObjects;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.assisted.ObjectUse;
import cn.helituan.domain.assisted.Region;
import cn.helituan.domain.assisted.RegionOption;
import cn.helituan.domain.assisted.Relationship;
import cn.helituan.domain.assisted.Relationships;
import cn.helituan.domain.assisted.RegionLevel;
import cn.helituan.domain.assisted.Regions;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.Members;
import cn.helituan.domain.member.Memberships;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.Units;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser's side of a round (an org admin or sub-team leader whose scope holds its unit): opening and editing
 * it, its stops, presenters, judges, the comment per stop (点评), and publishing its ranking as a frozen snapshot.
 */
@Service
@RequiredArgsConstructor
public class ContestAdministration {

    /** Criteria a round may have. */
    public static final int MAX_CRITERIA = 6;
    /** The longest comment (点评) on a stop. */
    public static final int MAX_COMMENT = 2000;

    private final ContestRounds rounds;
    private final ContestCriteria criteria;
    private final ContestStops stops;
    private final ContestPresenters presenters;
    private final ContestJudges judges;
    private final ContestSheets sheets;
    private final ContestScores scores;
    private final ContestResults results;
    private final ContestAccess access;
    private final Units units;
    private final AssistedObjects objects;
    private final AssistedService assisted;
    private final Regions regions;
    private final Relationships relationships;
    private final Accounts accounts;
    private final Members members;
    private final Memberships memberships;
    private final Clock clock;

    /** A new round's form: this quarter, the scope's unit, the default criteria on a scale of 10. */
    public RoundDetails blank(Scope scope) {
        LocalDate today = LocalDate.now(clock);
        ContestLevel level = scope.role() == Role.SUB_TEAM_LEADER ? ContestLevel.TOWN : ContestLevel.COUNTY;
        return new RoundDetails(level, today.getYear(), (today.getMonthValue() - 1) / 3 + 1,
                scope.unitId() == null ? 0 : scope.unitId(), "", "", null, 10, RoundDetails.defaultCriteria());
    }

    /** Refuses a role that organises no round. */
    public void requireOrganiser(Scope scope) {
        if (!access.mayOrganise(scope)) {
            throw new ForbiddenException("organise contest");
        }
    }

    /** The open round the scope organises (a published one is refused: its settings are final). */
    @Transactional(readOnly = true)
    public ContestRound editable(Scope scope, long id) {
        ContestRound round = access.managed(scope, id);
        if (round.isPublished()) {
            throw new ForbiddenException("published contest");
        }
        return round;
    }

    /**
     * The villages a stop may be: every live object for an org admin (up to the form's limit), the objects paired
     * with the scope's groups for a sub-team leader.
     */
    @Transactional(readOnly = true)
    public List<AssistedObject> objectChoices(Scope scope) {
        if (scope.role() == Role.ORG_ADMIN) {
            return assisted.formChoices(scope, ObjectUse.PAIRING, null);
        }
        Map<Long, AssistedObject> paired = new LinkedHashMap<>();
        relationships.inPath(scope.pathFilter(), Pageable.unpaged()).stream().filter(Relationship::isActive)
                .filter(r -> !r.getObject().isArchived())
                .forEach(r -> paired.putIfAbsent(r.getObject().getId(), r.getObject()));
        return List.copyOf(paired.values());
    }

    /** The towns a county round's stop may be. */
    @Transactional(readOnly = true)
    public List<RegionOption> townChoices() {
        return regions.liveOptions().stream().filter(r -> r.level() == RegionLevel.TOWN).toList();
    }

    @Transactional
    public ContestRound open(Scope scope, RoundDetails details) {
        requireOrganiser(scope);
        Unit unit = organiser(scope, details);
        List<RoundDetails.Criterion> given = checked(details);
        ContestRound round = rounds.save(new ContestRound(details, unit, scope.username()));
        for (int i = 0; i < given.size(); i++) {
            criteria.save(new ContestCriterion(round.getId(), i + 1, given.get(i)));
        }
        return round;
    }

    /** Edits an open round; its criteria change only while nobody has scored. */
    @Transactional
    public ContestRound edit(Scope scope, long id, long version, RoundDetails details) {
        ContestRound round = access.managed(scope, id);
        round.requireOpen();
        round.checkVersion(version);
        Unit unit = organiser(scope, details);
        List<RoundDetails.Criterion> given = checked(details);
        List<ContestCriterion> current = criteria.findByRoundIdOrderByPosition(id).stream()
                .filter(c -> !c.isRemoved()).toList();
        boolean changed = current.size() != given.size();
        for (int i = 0; !changed && i < given.size(); i++) {
            ContestCriterion c = current.get(i);
            RoundDetails.Criterion g = given.get(i);
            changed = !c.getName().equals(g.name()) || c.getWeight().compareTo(g.weight()) != 0
                    || c.isDeduction() != g.deduction();
        }
        if (changed) {
            if (sheets.existsByStop_Round_Id(id)) {
                throw new RuleViolation(null, "contest.criteria.scored");
            }
            rounds.newVersion(id); // the criteria are the round's: a form opened before this one is now stale
            List<ContestCriterion> all = criteria.findByRoundIdOrderByPosition(id);
            for (int i = 0; i < Math.max(all.size(), given.size()); i++) {
                if (i < all.size() && i < given.size()) {
                    all.get(i).apply(i + 1, given.get(i));
                } else if (i < all.size()) {
                    all.get(i).remove();
                } else {
                    criteria.save(new ContestCriterion(id, i + 1, given.get(i)));
                }
            }
        }
        if (details.scaleMax() != round.getScaleMax() && sheets.existsByStop_Round_Id(id)) {
            throw new RuleViolation("scaleMax", "contest.criteria.scored");
        }
        round.apply(details, unit);
        return round;
    }

    /** A stop at the end of the visiting order: a village the organiser reads, or a town. */
    @Transactional
    public ContestStop addStop(Scope scope, long id, Long objectId, Long regionId, LocalDate visitOn) {
        ContestRound round = access.managed(scope, id);
        round.requireOpen();
        if ((objectId == null) == (regionId == null)) {
            throw new RuleViolation("objectId", "contest.stop.oneOf");
        }
        if (visitOn == null) {
            throw new RuleViolation("visitOn", "contest.stop.visitOn");
        }
        AssistedObject object = null;
        Region region = null;
        if (objectId != null) {
            object = objects.findById(objectId).filter(o -> !o.isArchived())
                    .filter(o -> assisted.mayRead(scope, o.getId()))
                    .orElseThrow(() -> new RuleViolation("objectId", "contest.stop.object"));
        } else {
            region = regions.findById(regionId).filter(r -> !r.isArchived() && r.getLevel() == RegionLevel.TOWN)
                    .orElseThrow(() -> new RuleViolation("regionId", "contest.stop.region"));
        }
        rounds.lockRound(id, true); // two organisers adding a stop at once number them one after the other
        int position = (int) stops.countByRound_Id(id) + 1;
        return stops.save(new ContestStop(round, position, object, region, visitOn));
    }

    /** A presenter of a stop: the roster's member with the mobile (within the organiser's scope) or a plain name. */
    @Transactional
    public ContestPresenter addPresenter(Scope scope, long id, long stopId, String name, String mobile, String post) {
        ContestRound round = access.managed(scope, id);
        round.requireOpen(); // the published ranking names its presenters; a later one would be a candidate it never had
        ContestStop stop = stopOf(round, stopId);
        Member member = null;
        if (mobile != null && !mobile.isBlank()) {
            member = members.findByMobile(mobile.strip())
                    .filter(m -> scope.wholeDeployment() || memberships.memberInPath(m.getId(), scope.pathFilter()))
                    .orElseThrow(() -> new RuleViolation("mobile", "contest.presenter.unknown"));
        } else if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "contest.presenter.name");
        }
        return presenters.save(new ContestPresenter(stop, member, name == null ? null : name.strip(), post));
    }

    /** The organiser's comment on a stop (点评): highlights, results and problems, one by one. */
    @Transactional
    public ContestStop comment(Scope scope, long id, long stopId, long version, String text) {
        ContestRound round = access.managed(scope, id);
        ContestStop stop = stopOf(round, stopId);
        stop.checkVersion(version);
        String comment = text == null || text.isBlank() ? null : text.strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new RuleViolation("comment", "contest.comment.tooLong", MAX_COMMENT);
        }
        stop.comment(comment);
        return stop;
    }

    /** How many took part in the round's observation (观摩人次), from the day's sign-in sheet; null clears it. */
    @Transactional
    public ContestRound recordAttendance(Scope scope, long id, long version, Integer count) {
        ContestRound round = access.managed(scope, id);
        round.checkVersion(version);
        round.recordAttendance(count);
        return round;
    }

    /**
     * Names an account a judge: a live account of the roster's roles (not a village's own, not the auditor's) of the
     * organiser's scope or of a unit above the round's (the county's staff judge a town's round; an org admin any
     * round). Another sub-team's account gets the same answer as a name that does not exist.
     */
    @Transactional
    public ContestJudge addJudge(Scope scope, long id, String username) {
        ContestRound round = access.managed(scope, id);
        round.requireOpen();
        Account account = accounts.findByUsernameIgnoreCase(username == null ? "" : username.strip())
                .filter(Account::isEnabled).filter(a -> mayJudge(scope, round, a))
                .orElseThrow(() -> new RuleViolation("username", "contest.judge.unknown"));
        if (judges.existsByRound_IdAndAccount_Id(id, account.getId())) {
            throw new RuleViolation("username", "contest.judge.duplicate");
        }
        return judges.save(new ContestJudge(round, account));
    }

    /**
     * Publishes the round: ranks its stops from the judges' scores ({@link ContestRanking}) and writes the snapshot —
     * each stop's name, presenters, total and rank as they stand now; no later edit changes it.
     */
    @Transactional
    public ContestRound publish(Scope scope, long id, long version) {
        ContestRound round = access.managed(scope, id);
        rounds.lockRound(id, true); // no score is saved while the snapshot is taken (scoring takes the shared lock)
        round.requireOpen();
        round.checkVersion(version);
        List<ContestStop> inOrder = stops.inOrder(id);
        Map<Long, List<BigDecimal>> totals = judgeTotals(id);
        if (totals.isEmpty()) {
            throw RuleViolation.global("contest.publish.noScores");
        }
        Map<Long, String> names = presenters.ofRound(id).stream()
                .collect(Collectors.groupingBy(p -> p.getStop().getId(),
                        Collectors.mapping(ContestPresenter::getName, Collectors.joining("、"))));
        Map<Long, ContestStop> byId = new HashMap<>();
        inOrder.forEach(s -> byId.put(s.getId(), s));
        for (ContestRanking.Line line : ContestRanking.rank(inOrder.stream().map(ContestStop::getId).toList(),
                totals)) {
            ContestStop stop = byId.get(line.stopId());
            results.save(new ContestResult(id, stop, names.get(stop.getId()), line));
        }
        round.publish(scope.username(), clock.instant());
        return round;
    }

    /** Each stop's judges' weighted totals (from the live criteria), in the judges' order. */
    Map<Long, List<BigDecimal>> judgeTotals(long roundId) {
        List<ContestRanking.Weight> weights = criteria.findByRoundIdOrderByPosition(roundId).stream()
                .filter(c -> !c.isRemoved())
                .map(c -> new ContestRanking.Weight(c.getId(), c.getWeight(), c.isDeduction())).toList();
        Map<Long, Map<Long, BigDecimal>> bySheet = new HashMap<>();
        Map<Long, ContestSheet> sheetById = new HashMap<>();
        for (ContestScore s : scores.ofRound(roundId)) {
            bySheet.computeIfAbsent(s.getSheet().getId(), k -> new HashMap<>()).put(s.getCriterion().getId(),
                    s.getScore());
            sheetById.put(s.getSheet().getId(), s.getSheet());
        }
        Map<Long, List<BigDecimal>> totals = new HashMap<>();
        sheetById.values().stream().sorted(Comparator.comparing(ContestSheet::getId)).forEach(sheet ->
                totals.computeIfAbsent(sheet.getStop().getId(), k -> new ArrayList<>())
                        .add(ContestRanking.judgeTotal(weights, bySheet.get(sheet.getId()))));
        return totals;
    }

    static ContestStop stopOf(ContestRound round, long stopId, ContestStops stops) {
        return stops.findById(stopId).filter(s -> s.getRound().getId().equals(round.getId()))
                .orElseThrow(() -> new NotFoundException("contestStop", stopId));
    }

    private ContestStop stopOf(ContestRound round, long stopId) {
        return stopOf(round, stopId, stops);
    }

    private static boolean mayJudge(Scope scope, ContestRound round, Account account) {
        Role role = account.getRole();
        if (role == Role.FIRST_SECRETARY || role == Role.AUDITOR) {
            return false;
        }
        if (account.getScopeUnit() == null) {
            return role == Role.ORG_ADMIN;
        }
        String path = account.getScopeUnit().getPath();
        return scope.wholeDeployment() || scope.covers(path) || round.getUnit().getPath().startsWith(path);
    }

    /** The organising unit: live, inside the scope, of the level's kind. */
    private Unit organiser(Scope scope, RoundDetails details) {
        if (details.level() == null) {
            throw new RuleViolation("level", "contest.level.required");
        }
        return units.findById(details.unitId()).filter(u -> !u.isArchived() && scope.covers(u.getPath()))
                .filter(u -> u.getKind() == details.level().organiserKind())
                .orElseThrow(() -> new RuleViolation("unitId", "contest.unit.kind"));
    }

    private static List<RoundDetails.Criterion> checked(RoundDetails details) {
        if (details.theme() == null || details.theme().isBlank()) {
            throw new RuleViolation("theme", "contest.theme.required");
        }
        List<RoundDetails.Criterion> given = details.criteria() == null ? List.of() : details.criteria().stream()
                .filter(c -> c != null && c.name() != null && !c.name().isBlank()).toList();
        if (given.isEmpty() || given.size() > MAX_CRITERIA) {
            throw new RuleViolation(null, "contest.criteria.count", MAX_CRITERIA);
        }
        for (RoundDetails.Criterion c : given) {
            if (c.weight() == null || c.weight().signum() <= 0) {
                throw new RuleViolation(null, "contest.criteria.weight", c.name());
            }
        }
        return given;
    }
}
