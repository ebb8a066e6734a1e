package cn.helituan.domain.supervision;

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
 * The deployment's kinds of measure against cadres (issue 19, "configurable"), kept as the demand categories are: the
 * whole deployment's organization department adds, renames, orders and archives them; every org admin reads the list
 * (they record the measures).
 */
@Service
@RequiredArgsConstructor
public class MeasureKindService {

    private final MeasureKinds kinds;
    private final History history;

    public boolean canConfigure(Scope scope) {
        return scope.wholeDeployment();
    }

    @Transactional(readOnly = true)
    public List<MeasureKind> all(Scope scope) {
        scope.requireAccounts();
        return kinds.findAllByOrderByArchivedAscSortOrderAscIdAsc();
    }

    /** The kinds the measure form offers. */
    @Transactional(readOnly = true)
    public List<MeasureKind> offered() {
        return kinds.findByArchivedFalseOrderBySortOrderAscIdAsc();
    }

    @Transactional(readOnly = true)
    public MeasureKind get(Scope scope, long id) {
        scope.requireAccounts();
        return kinds.findById(id).orElseThrow(() -> new NotFoundException("measureKind", id));
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Scope scope, long id) {
        get(scope, id);
        return history.of(MeasureKind.class, id);
    }

    @Transactional
    public MeasureKind create(Scope scope, String name, int sortOrder) {
        requireConfigure(scope);
        String clean = checkName(name, null);
        return kinds.save(new MeasureKind(clean, sortOrder));
    }

    @Transactional
    public MeasureKind change(Scope scope, long id, long version, String name, int sortOrder) {
        MeasureKind kind = configured(scope, id, version);
        kind.change(checkName(name, id), sortOrder);
        return kind;
    }

    @Transactional
    public MeasureKind archive(Scope scope, long id, long version, boolean archived) {
        MeasureKind kind = configured(scope, id, version);
        if (archived && !kind.isArchived() && kinds.findByArchivedFalseOrderBySortOrderAscIdAsc().size() <= 1) {
            throw RuleViolation.global("measureKind.lastOne");
        }
        if (!archived) {
            checkName(kind.getName(), id);
        }
        kind.archive(archived);
        return kind;
    }

    private MeasureKind configured(Scope scope, long id, long version) {
        requireConfigure(scope);
        MeasureKind kind = get(scope, id);
        kind.checkVersion(version);
        return kind;
    }

    private void requireConfigure(Scope scope) {
        if (!canConfigure(scope)) {
            throw new ForbiddenException("configure measure kinds");
        }
    }

    /** The name stripped; two live kinds of one name would be one choice shown twice. */
    private String checkName(String name, Long self) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "measureKind.name.required");
        }
        String clean = name.strip();
        if (kinds.findByArchivedFalseOrderBySortOrderAscIdAsc().stream()
                .anyMatch(k -> k.getName().equalsIgnoreCase(clean) && !k.getId().equals(self))) {
            throw new RuleViolation("name", "measureKind.name.taken");
        }
        return clean;
    }
}
