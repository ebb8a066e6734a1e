package cn.helituan.domain.activity;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deployment's list of activity types and which outcome figures each asks for. The whole deployment's
 * organization department changes it (a type is shared by every team); every user who logs activities reads it.
 * Nothing is deleted: an archived type leaves the form's list and stays on the activities logged with it.
 */
@Service
@RequiredArgsConstructor
public class ActivityTypeService {

    private final ActivityTypes types;
    private final History history;

    /** Whether the user may change the list (the pages offer the forms). */
    public boolean canConfigure(Scope scope) {
        return scope.wholeDeployment();
    }

    @Transactional(readOnly = true)
    public List<ActivityType> all(Scope scope) {
        scope.requireAccounts();
        return types.findAllByOrderByArchivedAscSortOrderAscIdAsc();
    }

    @Transactional(readOnly = true)
    public ActivityType get(Scope scope, long id) {
        scope.requireAccounts();
        return types.findById(id).orElseThrow(() -> new NotFoundException("activityType", id));
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Scope scope, long id) {
        get(scope, id);
        return history.of(ActivityType.class, id);
    }

    @Transactional
    public ActivityType create(Scope scope, String name, Set<Figure> figures, int sortOrder) {
        requireConfigure(scope);
        checkName(name, null);
        return types.save(new ActivityType(name, figures, sortOrder));
    }

    @Transactional
    public ActivityType change(Scope scope, long id, long version, String name, Set<Figure> figures, int sortOrder) {
        requireConfigure(scope);
        ActivityType type = get(scope, id);
        type.checkVersion(version);
        checkName(name, type.getId());
        type.change(name, figures, sortOrder);
        return type;
    }

    @Transactional
    public ActivityType archive(Scope scope, long id, long version) {
        requireConfigure(scope);
        ActivityType type = get(scope, id);
        type.checkVersion(version);
        if (types.findByArchivedFalseOrderBySortOrderAscIdAsc().size() <= 1 && !type.isArchived()) {
            throw RuleViolation.global("activityType.lastOne");
        }
        type.archive();
        return type;
    }

    @Transactional
    public ActivityType restore(Scope scope, long id, long version) {
        requireConfigure(scope);
        ActivityType type = get(scope, id);
        type.checkVersion(version);
        checkName(type.getName(), type.getId());
        type.restore();
        return type;
    }

    private void requireConfigure(Scope scope) {
        if (!canConfigure(scope)) {
            throw new ForbiddenException("configure activity types");
        }
    }

    /** Two live types of the same name would be one choice shown twice. */
    private void checkName(String name, Long self) {
        if (types.findByNameIgnoreCaseAndArchivedFalse(name).stream().anyMatch(t -> !t.getId().equals(self))) {
            throw new RuleViolation("name", "activityType.name.taken");
        }
    }
}
