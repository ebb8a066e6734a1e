package cn.helituan.domain.crossteam;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with a cross-town team, in one place.
 * <ul>
 * <li>Read: the roster readers whose scope holds the team's unit (the org admin, the county's staff, reviewers); its
 * leader, deputy and members (by the account's member); a unit-scoped reader (a sub-team's or group's leader or
 * member) one of whose people (a current membership under their unit) is a member — read only, as they read that
 * person's home unit. Anyone else: 404.</li>
 * <li>Create, edit, archive, override the balance: an org admin whose scope holds the unit.</li>
 * <li>Manage (members, towns, spending): that org admin, the leader and the deputy.</li>
 * <li>Log activities for it: the managers and the members.</li>
 * </ul>
 */
@Component
@RequiredArgsConstructor
public class CrossTeamAccess {

    private final CrossTeams teams;
    private final CrossTeamMembers members;

    @Transactional(readOnly = true)
    public CrossTeam readable(Scope scope, long id) {
        CrossTeam team = teams.withPeople(id).orElseThrow(() -> new NotFoundException("crossTeam", id));
        if (!reads(scope, team)) {
            throw new NotFoundException("crossTeam", id);
        }
        return team;
    }

    public boolean reads(Scope scope, CrossTeam team) {
        return holds(scope, team) && scope.canReadRoster()
                || belongs(scope, team)
                || scope.canReadRoster() && scope.unitPath() != null
                   && teams.hasMemberUnder(team.getId(), scope.unitPath());
    }

    public boolean administers(Scope scope, CrossTeam team) {
        return scope.role() == Role.ORG_ADMIN && holds(scope, team);
    }

    public boolean manages(Scope scope, CrossTeam team) {
        return !team.isArchived() && (administers(scope, team)
                || team.isLeader(scope.memberId()) || team.isDeputy(scope.memberId()));
    }

    public boolean logs(Scope scope, CrossTeam team) {
        return manages(scope, team)
                || !team.isArchived() && scope.memberId() != null && members.isCurrent(team.getId(), scope.memberId());
    }

    public CrossTeam managed(Scope scope, long id) {
        CrossTeam team = readable(scope, id);
        if (!manages(scope, team)) {
            throw new ForbiddenException("manage cross-town team");
        }
        return team;
    }

    public CrossTeam administered(Scope scope, long id) {
        CrossTeam team = readable(scope, id);
        if (!administers(scope, team)) {
            throw new ForbiddenException("administer cross-town team");
        }
        return team;
    }

    /** Whether the scope may create teams: an org admin. */
    public boolean creates(Scope scope) {
        return scope.role() == Role.ORG_ADMIN;
    }

    /** The list's reach for a scope: unit prefix (null: none), own member id, a sub-team's prefix (null: none). */
    public Reach reach(Scope scope) {
        String prefix = scope.canReadRoster() && (scope.role() == Role.ORG_ADMIN || scope.role() == Role.REVIEWER)
                ? scope.pathFilter() : null;
        String sub = scope.canReadRoster() ? scope.unitPath() : null;
        return new Reach(prefix, scope.memberId(), sub);
    }

    /** Whether the scope reads any team: otherwise the list is refused (and not in the menu). */
    public boolean readsList(Scope scope) {
        Reach reach = reach(scope);
        return reach.prefix() != null || reach.memberId() != null || reach.subTeamPrefix() != null;
    }

    private boolean belongs(Scope scope, CrossTeam team) {
        Long memberId = scope.memberId();
        return memberId != null && (team.isLeader(memberId) || team.isDeputy(memberId)
                || members.isCurrent(team.getId(), memberId));
    }

    private static boolean holds(Scope scope, CrossTeam team) {
        return (scope.role() == Role.ORG_ADMIN || scope.role() == Role.REVIEWER)
                && scope.covers(team.getUnit().getPath());
    }

    public record Reach(String prefix, Long memberId, String subTeamPrefix) {
    }
}
