package cn.helituan.domain.demand;

import cn.helituan.domain.assisted.Relationships;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.Memberships;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with a demand, in one place (the services below ask it):
 * <ul>
 *   <li>raise: an object's own account (a village's first secretary, another object's contact) for it; an org admin
 *       for any object; a sub-team leader for an object paired with one of their groups;</li>
 *   <li>accept, decline, match (make it a project): an org admin, or a sub-team leader who reads it;</li>
 *   <li>report solved, propose "cannot be solved": the project group's leader, or a manager over the group;</li>
 *   <li>confirm resolved or reopen: whoever raised it — the object's account, or for a demand the organization
 *       department raised, an org admin;</li>
 *   <li>review "cannot be solved": an org admin other than the one who proposed it;</li>
 *   <li>add or take off photos: whoever raised it or a manager over it, while it is open;</li>
 *   <li>read: the object's account; org admins and reviewers; sub-team and group leaders and members for objects
 *       (ever) paired with a group of theirs, and for projects a group of theirs owns.</li>
 * </ul>
 * Each step checks the demand's state first ({@link Demand}); a step refused changes nothing. A record outside the
 * reader's scope is "not found", as everywhere.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DemandAccess {

    private final Demands demands;
    private final Projects projects;
    private final Relationships relationships;
    private final Memberships memberships;
    private final Clock clock;

    /** Whether the user may raise demands at all (the list offers the button). */
    public boolean canRaise(Scope scope) {
        return scope.role() == Role.FIRST_SECRETARY && scope.objectId() != null || scope.canManageStructure();
    }

    /** Whether the user reads demands at all (the menu offers them). */
    public boolean readsDemands(Scope scope) {
        return scope.role() == Role.FIRST_SECRETARY ? scope.objectId() != null : scope.canReadRoster();
    }

    /** Whether the user may change what the demand says: while nobody has taken it up, whoever raised it or a manager. */
    public boolean canEdit(Scope scope, Demand demand) {
        return demand.getStatus() == DemandStatus.RAISED
                && (scope.username().equals(demand.getCreatedBy()) || manages(scope, demand));
    }

    /**
     * Whether the user may add or take off photos: whoever raised it or a manager over it, while it is open (the
     * problem as it was shown; the work's own evidence is its activities' photos).
     */
    public boolean canAddPhotos(Scope scope, Demand demand) {
        return demand.getStatus().isOpen()
                && (scope.username().equals(demand.getCreatedBy()) || raiser(scope, demand) || manages(scope, demand));
    }

    /** The demand, if the user reads it (else "not found"), with its object and category read. */
    @Transactional(readOnly = true)
    public Demand get(Scope scope, long id) {
        Demand demand = demands.findById(id).orElseThrow(() -> new NotFoundException("demand", id));
        if (!reads(scope, demand)) {
            throw new NotFoundException("demand", id);
        }
        demand.getObject().getName();
        demand.getCategory().getName();
        return demand;
    }

    DemandFilter filter(Scope scope, DemandQuery query) {
        Long objectId = query.objectId();
        String prefix;
        if (scope.role() == Role.FIRST_SECRETARY) {
            if (scope.objectId() == null) {
                throw new ForbiddenException("read demands");
            }
            if (objectId != null && !objectId.equals(scope.objectId())) {
                throw new NotFoundException("assistedObject", objectId);
            }
            objectId = scope.objectId();
            prefix = null;
        } else {
            scope.requireRoster();
            prefix = scope.canReadRegister() ? null : scope.pathFilter();
        }
        LocalDate today = LocalDate.now(clock);
        Set<DemandStatus> statuses = query.status() != null ? EnumSet.of(query.status())
                : query.open() || query.overdue() ? openStatuses() : null;
        return new DemandFilter(objectId, prefix, statuses, query.categoryId(), query.urgency(),
                query.overdue() ? today : null,
                query.from() == null ? null : query.from().atStartOfDay(clock.getZone()).toInstant(),
                query.to() == null ? null : query.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }

    private static Set<DemandStatus> openStatuses() {
        Set<DemandStatus> open = EnumSet.allOf(DemandStatus.class);
        open.removeAll(DemandStatus.CLOSED);
        return open;
    }

    private boolean reads(Scope scope, Demand demand) {
        if (scope.role() == Role.FIRST_SECRETARY) {
            return scope.objectId() != null && scope.objectId().equals(demand.getObject().getId());
        }
        if (scope.canReadRegister()) {
            return true;
        }
        if (!scope.canReadRoster()) {
            return false;
        }
        if (relationships.pairedInPath(demand.getObject().getId(), scope.pathFilter())) {
            return true;
        }
        return projects.findByDemandId(demand.getId()).filter(p -> scope.covers(p.getGroup().getPath())).isPresent();
    }

    /** An org admin, or a sub-team leader who reads the demand. */
    boolean manages(Scope scope, Demand demand) {
        return scope.role() == Role.ORG_ADMIN || scope.role() == Role.SUB_TEAM_LEADER && reads(scope, demand);
    }

    /** The project group's leader, or a manager over the group. */
    boolean works(Scope scope, Project project) {
        return scope.covers(project.getGroup().getPath()) && (scope.canManageStructure()
                || scope.role() == Role.GROUP_LEADER && project.getGroup().getId().equals(scope.unitId()));
    }

    /** Whoever answers for the raiser: the object's account, or for a demand the department raised, an org admin. */
    boolean raiser(Scope scope, Demand demand) {
        return demand.isRaisedByObject()
                ? scope.role() == Role.FIRST_SECRETARY && demand.getObject().getId().equals(scope.objectId())
                : scope.role() == Role.ORG_ADMIN;
    }

    boolean confirms(Scope scope, Demand demand) {
        return demand.getStatus() == DemandStatus.SOLVED && raiser(scope, demand);
    }

    boolean reviews(Scope scope, Demand demand) {
        // the proposal was the demand's last change: whoever made it does not review it
        return demand.getStatus() == DemandStatus.UNSOLVABLE_PROPOSED && scope.role() == Role.ORG_ADMIN
                && !scope.username().equals(demand.getUpdatedBy());
    }

    Demand managed(Scope scope, long id, long version) {
        Demand demand = get(scope, id);
        if (!manages(scope, demand)) {
            throw new ForbiddenException("manage demand");
        }
        demand.checkVersion(version);
        return demand;
    }

    Project worked(Scope scope, Demand demand) {
        Project project = projects.findByDemandId(demand.getId())
                .orElseThrow(() -> RuleViolation.global("demand.refused.solve"));
        if (!works(scope, project)) {
            throw new ForbiddenException("work on project");
        }
        return project;
    }

    void requireReadable(Scope scope, AidResource resource) {
        if (!ResourceService.reads(scope, resource, memberships)) {
            throw new RuleViolation("resources", "resource.notFound");
        }
    }
}
