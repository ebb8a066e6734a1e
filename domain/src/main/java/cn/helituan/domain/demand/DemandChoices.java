package cn.helituan.domain.demand;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.assisted.ObjectPick;
import cn.helituan.domain.assisted.ObjectUse;
import cn.helituan.domain.assisted.Relationship;
import cn.helituan.domain.assisted.Relationships;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NamePattern;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.team.UnitService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the demand forms and lists offer: the live categories, and the objects the user may raise a demand for. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DemandChoices {

    private final DemandCategories categories;
    private final AssistedService assisted;
    private final Relationships relationships;
    private final DemandAccess access;

    @Transactional(readOnly = true)
    public List<DemandCategory> categories() {
        return categories.findByArchivedFalseOrderBySortOrderAscIdAsc();
    }

    /**
     * The objects the user may raise a demand for: their own object; a sub-team leader's paired objects. An org admin
     * raises from an object's page ({@code objectId}) or finds the object by typing ({@link #picks}), the register
     * being too long for a list; so does a scope paired with more than {@value UnitService#FILTER_LIMIT} objects.
     */
    @Transactional(readOnly = true)
    public List<AssistedObject> raisable(Scope scope, Long objectId) {
        if (!access.canRaise(scope)) {
            throw new ForbiddenException("raise demands");
        }
        if (scope.role() == Role.FIRST_SECRETARY) {
            return List.of(assisted.get(scope, scope.objectId()));
        }
        if (objectId != null) {
            return List.of(assisted.get(scope, objectId));
        }
        if (scope.wholeDeployment() || searched(scope)) {
            return List.of();
        }
        // every term of the groups under the path with its object, in one statement
        Map<Long, AssistedObject> paired = new LinkedHashMap<>();
        relationships.inPath(scope.pathFilter(), Pageable.unpaged()).stream().filter(Relationship::isActive)
                .forEach(r -> paired.putIfAbsent(r.getObject().getId(), r.getObject()));
        return List.copyOf(paired.values());
    }

    /**
     * Whether the form finds the objects as the user types ({@link #picks}) rather than listing them: an org admin
     * (the whole register), or a scope paired with more than {@value UnitService#FILTER_LIMIT} objects (a
     * province's team), whose list then holds the chosen object only.
     */
    @Transactional(readOnly = true)
    public boolean searched(Scope scope) {
        if (!access.canRaise(scope) || scope.role() == Role.FIRST_SECRETARY) {
            return false;
        }
        return scope.wholeDeployment()
                || relationships.countPairedObjects(scope.pathFilter()) > UnitService.FILTER_LIMIT;
    }

    /**
     * Type to find an object to raise a demand for, by name, at most {@code limit} (50 at most): a first
     * secretary's own object; an org admin's whole register; the live objects paired with the scope's groups.
     */
    @Transactional(readOnly = true)
    public List<ObjectPick> picks(Scope scope, String text, int limit) {
        if (!access.canRaise(scope)) {
            throw new ForbiddenException("raise demands");
        }
        PageRequest page = PageRequest.of(0, Math.max(1, Math.min(limit, UnitService.SEARCH_LIMIT)));
        if (scope.role() == Role.FIRST_SECRETARY) {
            AssistedObject own = assisted.get(scope, scope.objectId());
            return own.getName().toLowerCase(Locale.ROOT).contains(text == null ? "" : text.strip()
                    .toLowerCase(Locale.ROOT)) ? List.of(new ObjectPick(own.getId(), own.getName(), own.getKind()))
                    : List.of();
        }
        // raising is a structure manager's, as pairing is: an org admin finds in the whole register
        return scope.wholeDeployment() ? assisted.picks(scope, ObjectUse.PAIRING, text, limit)
                : relationships.pairedPicks(scope.pathFilter(), NamePattern.contains(text), page);
    }
}
