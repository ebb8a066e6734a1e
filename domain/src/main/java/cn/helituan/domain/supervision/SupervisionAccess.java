package cn.helituan.domain.supervision;

import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.team.Unit;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Who may read and do what in supervision (the one place of its rules):
 * <ul>
 * <li>plans: made by an org admin over a unit in their scope; read by the org admins over it and the inspectors
 * (督导人员, {@link Role#INSPECTOR}) it names;</li>
 * <li>an inspection: recorded by an inspector the plan names, of one of the plan's groups inside the inspector's
 * scope; inspections and findings read by every unit-scoped role whose scope holds the group;</li>
 * <li>a finding: answered by the group's leader or a sub-team leader over it; verified, reopened and changed by an
 * inspector or org admin over it, never by the one who answered;</li>
 * <li>measures: recorded by an org admin over the cadre; read by the org admins, sub-team leaders, inspectors and
 * reviewers who read the cadre.</li>
 * </ul>
 * A record outside the scope is "not found" (404).
 */
@Component
@RequiredArgsConstructor
public class SupervisionAccess {

    public boolean readsUnit(Scope scope, Unit unit) {
        return scope.canReadRoster() && scope.covers(unit.getPath());
    }

    public boolean managesPlans(Scope scope) {
        return scope.role() == Role.ORG_ADMIN;
    }

    public boolean readsPlan(Scope scope, SupervisionPlan plan) {
        if (scope.role() == Role.ORG_ADMIN) {
            return plan.getScopeUnit() == null ? scope.wholeDeployment() : scope.covers(plan.getScopeUnit().getPath());
        }
        return scope.role() == Role.INSPECTOR && scope.accountId() != null && plan.names(scope.accountId());
    }

    public boolean inspects(Scope scope, SupervisionPlan plan, Unit unit) {
        return scope.role() == Role.INSPECTOR && scope.accountId() != null && plan.names(scope.accountId())
                && scope.covers(unit.getPath()) && plan.includes(unit.getId());
    }

    public boolean answers(Scope scope, Finding finding) {
        return (scope.role() == Role.GROUP_LEADER || scope.role() == Role.SUB_TEAM_LEADER)
                && scope.covers(finding.getUnit().getPath());
    }

    public boolean verifies(Scope scope, Finding finding) {
        return (scope.role() == Role.INSPECTOR || scope.role() == Role.ORG_ADMIN)
                && scope.covers(finding.getUnit().getPath());
    }

    public boolean readsMeasures(Scope scope) {
        return scope.canReadRoster() && (scope.role() == Role.ORG_ADMIN || scope.role() == Role.SUB_TEAM_LEADER
                || scope.role() == Role.INSPECTOR || scope.role() == Role.REVIEWER);
    }

    public boolean recordsMeasures(Scope scope) {
        return scope.role() == Role.ORG_ADMIN;
    }

    void requireUnit(Scope scope, Unit unit, String type, long id) {
        if (!readsUnit(scope, unit)) {
            throw new NotFoundException(type, id);
        }
    }
}
