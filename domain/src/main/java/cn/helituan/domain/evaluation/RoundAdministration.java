package cn.helituan.domain.evaluation;

import cn.helituan.domain.account.Account;
import cn.helituan.domain.account.Accounts;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.message.Audience;
import cn.helituan.domain.message.MessageKind;
import cn.helituan.domain.message.MessageService;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The org admin's side of the annual evaluation: open a round, change its settings, compute its indicators, propose
 * and give grades, publish and reopen — a round whose scope lies in theirs ({@link EvaluationAccess#managed}). Every
 * write is one transaction; a published round refuses them all (here and in the database, V26).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RoundAdministration {

    private static final int REASON_MAX = 500;

    private final EvaluationRounds rounds;
    private final EvaluationReviewers reviewers;
    private final EvaluationEntries entries;
    private final EvaluationMembers members;
    private final EvaluationStore store;
    private final EvaluationAccess access;
    private final UnitService units;
    private final Accounts accounts;
    private final MessageService messages;
    private final Clock clock;

    // ----- rounds

    public boolean canOpen(Scope scope) {
        return access.canOpen(scope);
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
        access.requireAdmin(scope);
        return accounts.findByRoleAndEnabledTrueOrderByUsername(Role.REVIEWER).stream()
                .filter(a -> access.inScope(scope, a)).toList();
    }

    @Transactional
    public EvaluationRound open(Scope scope, RoundForm form) {
        access.requireAdmin(scope);
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
        rounds.save(round);
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
        EvaluationRound round = access.managed(scope, id);
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
        EvaluationRound round = access.managed(scope, id);
        round.checkVersion(version);
        round.requireOpen();
        compute(round);
        return round;
    }

    /**
     * Closes the open rounds whose deadline lies before the day: their figures computed once more from the record
     * as it stands when input ends, and the closing noted (the daily job {@link RoundsCloseJob}). A closed round takes
     * no input ({@link EvaluationRound#takesInputOn}); the admin still grades and publishes it.
     */
    List<EvaluationRound> closeDue(LocalDate day) {
        List<EvaluationRound> due = rounds.findByStatusAndDeadlineBeforeAndClosedAtIsNullOrderById(RoundStatus.OPEN,
                day);
        for (EvaluationRound round : due) {
            compute(round);
            round.close(clock.instant());
        }
        return due;
    }

    private void compute(EvaluationRound round) {
        LocalDate yearEnd = LocalDate.of(round.getYear(), 12, 31);
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = today.isBefore(yearEnd) ? today : yearEnd;
        List<GroupIndicators> facts = store.facts(round.getId(), round.getYear(), asOf, today);
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
        reviewers.ofRound(round.getId()).forEach(r -> existing.put(r.getAccount().getId(), r));
        for (Long accountId : wanted) {
            EvaluationReviewer row = existing.get(accountId);
            if (row != null) {
                row.setRemoved(false);
                continue;
            }
            Account account = accounts.findById(accountId)
                    .filter(a -> a.getRole() == Role.REVIEWER && a.isEnabled() && access.inScope(scope, a))
                    .orElseThrow(() -> new RuleViolation("reviewerIds", "evaluation.reviewer.notReviewer"));
            reviewers.save(new EvaluationReviewer(round.getId(), account));
        }
        existing.forEach((accountId, row) -> {
            if (!wanted.contains(accountId)) {
                row.setRemoved(true);
            }
        });
    }

    // ----- grades

    /** Proposes every group's grade from its basis ({@link GradeProposal}); grades given with a reason stay. */
    @Transactional
    public EvaluationRound propose(Scope scope, long id, long version) {
        EvaluationRound round = access.managed(scope, id);
        round.checkVersion(version);
        round.requireOpen();
        List<GradeProposal.Basis> bases = store.inputs(id).stream().map(i -> new GradeProposal.Basis(i.entryId(),
                GradeProposal.basis(i.score(), i.reviewersMean(), i.ratingAverage()))).toList();
        Map<Long, Grade> proposed = GradeProposal.propose(bases, round.getGrades(), round.getTopQuota());
        for (EvaluationEntry entry : entries.ofRound(id)) {
            entry.propose(proposed.get(entry.getId()));
        }
        entries.flush();
        return round;
    }

    @Transactional
    public EvaluationEntry grade(Scope scope, long roundId, long groupId, long version, Grade grade, String reason) {
        EvaluationRound round = access.managed(scope, roundId);
        round.requireOpen();
        EvaluationEntry entry = inRound(roundId, groupId);
        entry.checkVersion(version);
        checkGrade(round, grade, reason, entry.getProposedGrade(), true);
        entry.grade(grade, reason);
        entries.flush();
        return entry;
    }

    /** A member's own grade (null: the group's), with the reason. */
    @Transactional
    public EvaluationMember gradeMember(Scope scope, long roundId, long memberRowId, long version, Grade grade,
                                        String reason) {
        EvaluationRound round = access.managed(scope, roundId);
        round.requireOpen();
        EvaluationMember row = members.member(memberRowId).filter(m -> m.getRoundId() == roundId)
                .orElseThrow(() -> new NotFoundException("evaluation member", memberRowId));
        row.checkVersion(version);
        if (grade != null) {
            checkGrade(round, grade, reason, null, false);
        }
        row.grade(grade, reason);
        members.flush();
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
        EvaluationRound round = access.managed(scope, id);
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
        rounds.flush();
        // the accounts of the groups in the round's scope (leaders and members), in one statement
        messages.tellAll(Audience.except(scope.username()).under(
                        round.getScopeUnit() == null ? "" : round.getScopeUnit().getPath(),
                        EnumSet.of(Role.GROUP_LEADER, Role.MEMBER)),
                MessageKind.ROUND_PUBLISHED, List.of(round.getName(), String.valueOf(round.getYear())),
                "/evaluations/" + round.getId());
        return round;
    }

    @Transactional
    public EvaluationRound reopen(Scope scope, long id, long version, String reason) {
        EvaluationRound round = access.managed(scope, id);
        round.checkVersion(version);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "evaluation.reopen.reason");
        }
        if (reason.length() > REASON_MAX) {
            throw new RuleViolation("reason", "evaluation.text.long", REASON_MAX);
        }
        round.reopen(reason);
        rounds.flush();
        return round;
    }

    private EvaluationEntry inRound(long roundId, long groupId) {
        return entries.entry(roundId, groupId)
                .orElseThrow(() -> new NotFoundException("evaluation entry", groupId));
    }
}
