package cn.helituan.domain.plan;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the annual plans, the one place of the rules:
 * <ul>
 *   <li>read: whoever reads the group (its path in their scope): its leader and members, the sub-team, the
 *       organization department, reviewers;</li>
 *   <li>write (start the year's plan, its problems and tasks, hand it in): the group's leader, or a manager over the
 *       group;</li>
 *   <li>approve or return with a reason: a sub-team leader or an org admin over the group;</li>
 *   <li>set a year's deadline: the whole deployment's org admin ({@link PlanReviewService#setDeadline}).</li>
 * </ul>
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlanAccess {

    private final AnnualPlans plans;
    private final UnitService units;

    AnnualPlan get(Scope scope, long id) {
        AnnualPlan plan = plans.findById(id).orElseThrow(() -> new NotFoundException("plan", id));
        if (!scope.canReadRoster() || !scope.covers(plan.getGroup().getPath())) {
            throw new NotFoundException("plan", id);
        }
        return plan;
    }

    Unit group(Scope scope, long groupId) {
        scope.requireRoster();
        Unit group = units.get(scope, groupId);
        if (group.getKind() != UnitKind.GROUP) {
            throw new NotFoundException("group", groupId);
        }
        return group;
    }

    boolean writes(Scope scope, Unit group) {
        return scope.covers(group.getPath()) && (scope.canManageStructure()
                || scope.role() == Role.GROUP_LEADER && group.getId().equals(scope.unitId()));
    }

    boolean reviews(Scope scope, Unit group) {
        return scope.canManageStructure() && scope.covers(group.getPath());
    }

    boolean canWrite(Scope scope, AnnualPlan plan) {
        return writes(scope, plan.getGroup()) && plan.getStatus() != PlanStatus.SUBMITTED;
    }

    boolean canReview(Scope scope, AnnualPlan plan) {
        return plan.getStatus() == PlanStatus.SUBMITTED && reviews(scope, plan.getGroup());
    }

    void requireWriter(Scope scope, Unit group) {
        if (!writes(scope, group)) {
            throw new ForbiddenException("write plan");
        }
    }

    AnnualPlan writable(Scope scope, long id) {
        AnnualPlan plan = get(scope, id);
        requireWriter(scope, plan.getGroup());
        plan.requireWritable();
        return plan;
    }

    AnnualPlan reviewed(Scope scope, long id, long version) {
        AnnualPlan plan = get(scope, id);
        if (!reviews(scope, plan.getGroup())) {
            throw new ForbiddenException("review plan");
        }
        plan.checkVersion(version);
        return plan;
    }

    PlanFilter filter(Scope scope, PlanQuery query) {
        scope.requireRoster();
        String prefix = scope.wholeDeployment() ? null : scope.pathFilter();
        if (query.unitId() != null) {
            prefix = units.get(scope, query.unitId()).getPath();
        }
        return new PlanFilter(query.year(), prefix, query.status(), query.missing());
    }
}
