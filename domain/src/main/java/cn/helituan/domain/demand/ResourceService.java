package cn.helituan.domain.demand;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.Members;
import cn.helituan.domain.member.Memberships;
import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.member.WorkUnits;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resource list (资源清单). Who may do what:
 * <ul>
 *   <li>declare: a member for themselves; a group's leader for the group or themselves; a sub-team leader for a group
 *       in scope; an org admin for a group, a member or a work unit;</li>
 *   <li>edit and archive: whoever declared it, the leader of its group, a manager over its group, an org admin;</li>
 *   <li>read: org admins and reviewers every one; the others of the roster those of groups in their scope, of the
 *       members of those groups, and of work units (which any group may draw on). First secretaries do not.</li>
 * </ul>
 */
@Service
@RequiredArgsConstructor
public class ResourceService {

    private final AidResources resources;
    private final DemandCategories categories;
    private final UnitService units;
    private final Members members;
    private final Memberships memberships;
    private final WorkUnits workUnits;
    private final History history;

    /** Whether the user reads the resource list at all (the roster's roles; not a village's account). */
    public boolean readsResources(Scope scope) {
        return scope.role() != Role.FIRST_SECRETARY && scope.canReadRoster();
    }

    public boolean canDeclare(Scope scope) {
        return scope.canManageStructure() || scope.role() == Role.GROUP_LEADER
                || scope.role() == Role.MEMBER && scope.memberId() != null;
    }

    @Transactional
    public AidResource declare(Scope scope, ResourceDetails details) {
        if (!canDeclare(scope)) {
            throw new ForbiddenException("declare resources");
        }
        AidResource resource = declarer(scope, details);
        resource.describe(category(details.categoryId()), details);
        return resources.save(resource);
    }

    private AidResource declarer(Scope scope, ResourceDetails details) {
        int given = (details.groupId() != null ? 1 : 0) + (details.memberId() != null ? 1 : 0)
                + (details.workUnitId() != null ? 1 : 0);
        if (given != 1) {
            throw new RuleViolation("declaredBy", "resource.declarer.one");
        }
        if (details.workUnitId() != null) {
            if (scope.role() != Role.ORG_ADMIN) {
                throw new ForbiddenException("declare for a work unit");
            }
            WorkUnit workUnit = workUnits.findById(details.workUnitId()).filter(w -> !w.isArchived())
                    .orElseThrow(() -> new RuleViolation("workUnitId", "resource.workUnit.invalid"));
            return new AidResource(null, null, workUnit);
        }
        if (details.memberId() != null) {
            boolean own = details.memberId().equals(scope.memberId());
            if (!own && scope.role() != Role.ORG_ADMIN) {
                throw new ForbiddenException("declare for another member");
            }
            Member member = members.findById(details.memberId()).filter(m -> !m.isArchived())
                    .orElseThrow(() -> new RuleViolation("memberId", "resource.member.invalid"));
            return new AidResource(null, member, null);
        }
        Unit group = units.get(scope, details.groupId());
        if (group.getKind() != UnitKind.GROUP || group.isArchived()) {
            throw new RuleViolation("groupId", "resource.group.invalid");
        }
        boolean ownGroup = scope.role() == Role.GROUP_LEADER && group.getId().equals(scope.unitId());
        if (!scope.canManageStructure() && !ownGroup) {
            throw new ForbiddenException("declare for the group");
        }
        return new AidResource(group, null, null);
    }

    @Transactional
    public AidResource edit(Scope scope, long id, long version, ResourceDetails details) {
        AidResource resource = editable(scope, id);
        resource.checkVersion(version);
        if (resource.isArchived()) {
            throw RuleViolation.global("resource.archived", resource.getTitle());
        }
        resource.describe(category(details.categoryId()), details);
        return resource;
    }

    @Transactional
    public AidResource archive(Scope scope, long id, long version, boolean archived) {
        AidResource resource = editable(scope, id);
        resource.checkVersion(version);
        if (archived) {
            resource.archive();
        } else {
            resource.restore();
        }
        return resource;
    }

    @Transactional(readOnly = true)
    public AidResource get(Scope scope, long id) {
        AidResource resource = resources.findById(id).orElseThrow(() -> new NotFoundException("resource", id));
        if (!reads(scope, resource, memberships)) {
            throw new NotFoundException("resource", id);
        }
        resource.getCategory().getName();
        resource.declaredBy();
        return resource;
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Scope scope, long id) {
        get(scope, id);
        return history.of(AidResource.class, id);
    }

    public boolean canEdit(Scope scope, AidResource resource) {
        if (scope.role() == Role.ORG_ADMIN || scope.username().equals(resource.getCreatedBy())) {
            return true;
        }
        Unit group = resource.getGroup();
        return group != null && scope.covers(group.getPath()) && (scope.role() == Role.SUB_TEAM_LEADER
                || scope.role() == Role.GROUP_LEADER && group.getId().equals(scope.unitId()));
    }

    /**
     * A page of the resources the user reads. {@code mine}: only the user's own and their group's; {@code available}:
     * only those with capacity left and available today (the matching page's list).
     */
    @Transactional(readOnly = true)
    public Page<AidResource> list(Scope scope, ResourceQuery query, Pageable pageable) {
        if (!readsResources(scope)) {
            throw new ForbiddenException("read resources");
        }
        String prefix = scope.canReadRegister() ? null : scope.pathFilter();
        Long groupId = query.groupId();
        if (groupId != null) {
            Unit group = units.get(scope, groupId);
            groupId = group.getId();
        }
        return resources.find(new ResourceFilter(prefix, query.mine() ? scope.memberId() : null, groupId,
                query.categoryId(), query.unit(), query.availableOn(), query.archived()), pageable);
    }

    private AidResource editable(Scope scope, long id) {
        AidResource resource = get(scope, id);
        if (!canEdit(scope, resource)) {
            throw new ForbiddenException("edit resource");
        }
        return resource;
    }

    private DemandCategory category(Long id) {
        return (id == null ? java.util.Optional.<DemandCategory>empty() : categories.findById(id))
                .filter(c -> !c.isArchived())
                .orElseThrow(() -> new RuleViolation("categoryId", "demand.category.invalid"));
    }

    /** The resources among these the user may open (a project's page links only those; a few per project). */
    @Transactional(readOnly = true)
    public java.util.Set<Long> readable(Scope scope, java.util.Collection<AidResource> list) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (AidResource resource : list) {
            if (reads(scope, resource, memberships)) {
                ids.add(resource.getId());
            }
        }
        return ids;
    }

    /** Whether the user reads the resource (see the class comment). */
    static boolean reads(Scope scope, AidResource resource, Memberships memberships) {
        if (scope.role() == Role.FIRST_SECRETARY || !scope.canReadRoster()) {
            return false;
        }
        if (scope.canReadRegister() || resource.getWorkUnit() != null) {
            return true;
        }
        if (resource.getGroup() != null) {
            return scope.covers(resource.getGroup().getPath());
        }
        return resource.getMember().getId().equals(scope.memberId())
                || memberships.memberInPath(resource.getMember().getId(), scope.pathFilter());
    }
}
