package cn.helituan.domain.demand;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.assisted.Relationship;
import cn.helituan.domain.assisted.Relationships;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
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
     * raises from an object's page ({@code objectId}), the register being too long for a list.
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
        if (scope.wholeDeployment()) {
            return List.of();
        }
        // every term of the groups under the path with its object, in one statement
        Map<Long, AssistedObject> paired = new LinkedHashMap<>();
        relationships.inPath(scope.pathFilter(), Pageable.unpaged()).stream().filter(Relationship::isActive)
                .forEach(r -> paired.putIfAbsent(r.getObject().getId(), r.getObject()));
        return List.copyOf(paired.values());
    }
}
