package cn.helituan.domain.evaluation;

import cn.helituan.domain.account.Account;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the annual evaluation (年度考核), the one place of its access rules:
 * <ul>
 *   <li>open a round, change its settings, compute its indicators, propose and give grades, publish and reopen: an
 *       org admin whose scope holds the round's (a team's admin: their team or one of its sub-teams) —
 *       {@link #manages};</li>
 *   <li>read the review screen and score each group (until the deadline, while open): the round's reviewers
 *       ({@link #reviews}); they read the groups of the round only;</li>
 *   <li>write the group's self-assessment (until the deadline): its leader; the group's leader and members (and the
 *       sub-team leaders above it) read its entry ({@link #roster}), and its grades once published — the ratings'
 *       average only;</li>
 *   <li>rate a group (1–5, until the deadline): the account of an object paired with it in the round's year.</li>
 * </ul>
 * A reader without a part in a round gets "not found" ({@link #readable}): its existence is not told.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EvaluationAccess {

    private final EvaluationRounds rounds;
    private final EvaluationReviewers reviewers;
    private final EvaluationStore store;

    boolean canOpen(Scope scope) {
        return scope.role() == Role.ORG_ADMIN;
    }

    void requireAdmin(Scope scope) {
        if (!canOpen(scope)) {
            throw new ForbiddenException("evaluation");
        }
    }

    /** Whether a reviewer's account lies in the admin's scope (the round's reviewers are chosen from there). */
    boolean inScope(Scope scope, Account reviewer) {
        return scope.wholeDeployment() || (reviewer.getScopeUnit() != null
                && reviewer.getScopeUnit().getPath().startsWith(scope.pathFilter()));
    }

    EvaluationRound managed(Scope scope, long id) {
        EvaluationRound round = readable(scope, id);
        if (!manages(scope, round)) {
            throw new ForbiddenException("manage evaluation");
        }
        return round;
    }

    /** The round if the reader has any part in it (else not found: its existence is not told). */
    EvaluationRound readable(Scope scope, long id) {
        EvaluationRound round = rounds.round(id).orElseThrow(() -> new NotFoundException("evaluation", id));
        requirePart(scope, round, scope.role() == Role.REVIEWER && reviews(scope, round));
        return round;
    }

    void requirePart(Scope scope, EvaluationRound round, boolean reviews) {
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

    boolean manages(Scope scope, EvaluationRound round) {
        if (scope.role() != Role.ORG_ADMIN) {
            return false;
        }
        if (scope.wholeDeployment()) {
            return true;
        }
        return round.getScopeUnit() != null && scope.unitPath() != null
                && round.getScopeUnit().getPath().startsWith(scope.unitPath());
    }

    boolean reviews(Scope scope, EvaluationRound round) {
        return scope.role() == Role.REVIEWER && reviewers.ofRound(round.getId()).stream()
                .anyMatch(r -> !r.isRemoved() && r.getAccount().getId().equals(scope.accountId()));
    }

    boolean roster(Scope scope, EvaluationEntry entry) {
        return (scope.role() == Role.GROUP_LEADER || scope.role() == Role.MEMBER
                || scope.role() == Role.SUB_TEAM_LEADER) && scope.covers(entry.getGroup().getPath());
    }
}
