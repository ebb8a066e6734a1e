package cn.helituan.domain.demand;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deployment's demand and resource categories (产业发展, 就业, 医疗健康…) and the keywords the matching reads
 * members' specialties with. The whole deployment's organization department changes the list; every org admin reads
 * it. An archived category leaves the forms and stays on the demands and resources that have it.
 */
@Service
@RequiredArgsConstructor
public class DemandCategoryService {

    private final DemandCategories categories;
    private final History history;

    public boolean canConfigure(Scope scope) {
        return scope.wholeDeployment();
    }

    @Transactional(readOnly = true)
    public List<DemandCategory> all(Scope scope) {
        scope.requireAccounts();
        return categories.findAllByOrderByArchivedAscSortOrderAscIdAsc();
    }

    @Transactional(readOnly = true)
    public DemandCategory get(Scope scope, long id) {
        scope.requireAccounts();
        return categories.findById(id).orElseThrow(() -> new NotFoundException("demandCategory", id));
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Scope scope, long id) {
        get(scope, id);
        return history.of(DemandCategory.class, id);
    }

    @Transactional
    public DemandCategory create(Scope scope, String name, String keywords, int sortOrder) {
        requireConfigure(scope);
        checkName(name, null);
        return categories.save(DemandCategory.custom(name, normal(keywords), sortOrder));
    }

    @Transactional
    public DemandCategory change(Scope scope, long id, long version, String name, String keywords, int sortOrder) {
        DemandCategory category = configured(scope, id, version);
        checkName(name, id);
        category.change(name, normal(keywords), sortOrder);
        return category;
    }

    @Transactional
    public DemandCategory archive(Scope scope, long id, long version, boolean archived) {
        DemandCategory category = configured(scope, id, version);
        if (archived) {
            if (!category.isArchived() && categories.findByArchivedFalseOrderBySortOrderAscIdAsc().size() <= 1) {
                throw RuleViolation.global("demandCategory.lastOne");
            }
            category.archive();
        } else {
            checkName(category.getName(), id);
            category.restore();
        }
        return category;
    }

    private DemandCategory configured(Scope scope, long id, long version) {
        requireConfigure(scope);
        DemandCategory category = get(scope, id);
        category.checkVersion(version);
        return category;
    }

    private void requireConfigure(Scope scope) {
        if (!canConfigure(scope)) {
            throw new ForbiddenException("configure demand categories");
        }
    }

    /** Two live categories of one name would be one choice shown twice (and an import could not tell them apart). */
    private void checkName(String name, Long self) {
        if (categories.findByArchivedFalseOrderBySortOrderAscIdAsc().stream()
                .anyMatch(c -> c.getName().equalsIgnoreCase(name) && !c.getId().equals(self))) {
            throw new RuleViolation("name", "demandCategory.name.taken");
        }
    }

    /** Keywords as one comma-separated list, however they were separated (、，, or spaces). */
    private static String normal(String keywords) {
        if (keywords == null) {
            return "";
        }
        return String.join(",", java.util.Arrays.stream(keywords.split("[,，、\\s]+")).map(String::strip)
                .filter(k -> !k.isEmpty()).distinct().toList());
    }
}
