package cn.helituan.domain.activity;

import cn.helituan.domain.account.Accounts;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.HistoryEntry;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what in the activity log, in one place (the services below ask it):
 * <ul>
 *   <li>log: a group's leader or member for their own group; an org admin or sub-team leader for a group in scope;</li>
 *   <li>edit and withdraw: its author, the group's leader, or a structure manager in scope;</li>
 *   <li>confirm or dispute: the account of an object the activity covers (a village's first secretary, another
 *       object's contact), for that object; a sub-team leader for the objects of their groups that have no
 *       account; never the activity's author;</li>
 *   <li>read: whoever reads the group (its path is in their scope), and the first secretary of a covered object.</li>
 * </ul>
 * A record outside the reader's scope is "not found", as everywhere.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ActivityAccess {

    private final Activities activities;
    private final UnitService units;
    private final Accounts accounts;
    private final CrossTeamActivities crossTeams;

    /** Whether the user may log activities at all (the list offers the button). */
    public boolean canLog(Scope scope) {
        return scope.role() == Role.GROUP_LEADER || scope.role() == Role.MEMBER || scope.canManageStructure();
    }

    /** Whether the user may edit or withdraw the activity (its page offers the buttons). */
    public boolean canEdit(Scope scope, Activity activity) {
        // a cross-town team's activity is logged on the team's page and not edited here (its objects are the towns'
        // and its members the team's, not the unit's)
        if (activity.isWithdrawn() || activity.getCrossTeamId() != null
                || !scope.covers(activity.getGroup().getPath())) {
            return false;
        }
        return scope.canManageStructure() || scope.role() == Role.GROUP_LEADER
                || scope.role() == Role.MEMBER && scope.username().equals(activity.getCreatedBy());
    }

    /** The activity, if the user reads it (else "not found"), with what its page shows read. */
    @Transactional(readOnly = true)
    public Activity get(Scope scope, long id) {
        Activity activity = activities.findById(id).orElseThrow(() -> new NotFoundException("activity", id));
        boolean reads = scope.role() == Role.FIRST_SECRETARY
                ? scope.objectId() != null && activity.covers(scope.objectId())
                : scope.canReadRoster() && scope.covers(activity.getGroup().getPath());
        if (!reads && activity.getCrossTeamId() != null) {
            reads = crossTeams.reads(scope, activity.getCrossTeamId());
        }
        if (!reads) {
            throw new NotFoundException("activity", id);
        }
        // what its page shows, read while the transaction is open (batched: one query per collection)
        activity.getMembers().forEach(Member::getName);
        activity.getObjects().forEach(part -> part.getObject().getName());
        return activity;
    }

    Activity editable(Scope scope, long id) {
        Activity activity = get(scope, id);
        if (!canEdit(scope, activity)) {
            if (activity.isWithdrawn()) {
                throw RuleViolation.global("activity.withdrawn");
            }
            throw new ForbiddenException("edit activity");
        }
        return activity;
    }

    /** A group the user may log for: their own (leader, member) or one in a manager's scope. */
    Unit group(Scope scope, long groupId) {
        if (!canLog(scope)) {
            throw new ForbiddenException("log activities");
        }
        Unit group = units.get(scope, groupId);
        if (group.getKind() != UnitKind.GROUP || group.isArchived()) {
            throw new RuleViolation("groupId", "activity.group.invalid");
        }
        if (!scope.canManageStructure() && !group.getId().equals(scope.unitId())) {
            throw new ForbiddenException("log for another group");
        }
        return group;
    }

    /**
     * The parts of the activity the user may confirm or dispute; empty when withdrawn. Given by the object's own
     * account for that object, or, for an object no enabled account answers for, by a sub-team leader whose sub-team
     * the group belongs to. Nobody confirms an activity they logged or edited themselves. Its history is read only for
     * a sub-team leader (who must not have edited it), and only once per page.
     */
    List<ActivityObject> decidable(Scope scope, Activity activity, Supplier<List<HistoryEntry>> itsHistory) {
        if (activity.isWithdrawn() || scope.username().equals(activity.getCreatedBy())) {
            return List.of();
        }
        if (scope.role() == Role.FIRST_SECRETARY) {
            return scope.objectId() != null && activity.covers(scope.objectId())
                    ? List.of(activity.part(scope.objectId())) : List.of();
        }
        if (scope.role() != Role.SUB_TEAM_LEADER || !scope.covers(activity.getGroup().getPath())) {
            return List.of();
        }
        if (editedBy(itsHistory.get(), scope.username())) {
            // whoever changed what it says does not vouch for it
            return List.of();
        }
        Set<Long> answered = accounts.objectsWithAccount(activity.getObjects().stream()
                .map(p -> p.getObject().getId()).toList());
        return activity.getObjects().stream().filter(p -> !answered.contains(p.getObject().getId())).toList();
    }

    /** Whether the user changed what the activity says (any field but its status), as its history shows. */
    private static boolean editedBy(List<HistoryEntry> itsHistory, String username) {
        return itsHistory.stream().anyMatch(e -> username.equals(e.by())
                && e.changes().stream().anyMatch(c -> !"status".equals(c.field())));
    }

    /**
     * The query in the user's scope: a first secretary (or an object's contact) reads their object's activities; the
     * others the groups under their scope's path, narrowed to a sub-team or group of it. A unit or object outside the
     * scope is "not found"; an object outside it simply finds nothing (its activities' groups are outside).
     */
    ActivityFilter filter(Scope scope, ActivityQuery query) {
        if (scope.role() == Role.FIRST_SECRETARY) {
            if (scope.objectId() == null) {
                throw new ForbiddenException("read activities");
            }
            if (query.objectId() != null && !query.objectId().equals(scope.objectId())) {
                throw new NotFoundException("assistedObject", query.objectId());
            }
            return new ActivityFilter("", null, scope.objectId(), query.kind(), query.from(), query.to(),
                    query.typeId(), query.status(), query.projectId(), true);
        }
        scope.requireRoster();
        String prefix = scope.pathFilter();
        // a group's leader and members are scoped to their group: its own index, not the groups under a path
        Long groupId = scope.role() == Role.GROUP_LEADER || scope.role() == Role.MEMBER ? scope.unitId() : null;
        if (query.unitId() != null) {
            Unit unit = units.get(scope, query.unitId());
            if (unit.getKind() == UnitKind.GROUP) {
                groupId = unit.getId();
            } else {
                prefix = unit.getPath();
                groupId = null;
            }
        }
        return new ActivityFilter(prefix, groupId, query.objectId(), query.kind(), query.from(), query.to(),
                query.typeId(), query.status(), query.projectId(), false);
    }
}
