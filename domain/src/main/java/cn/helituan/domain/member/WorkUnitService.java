package cn.helituan.domain.member;

import cn.helituan.domain.common.ChoiceCache;
import cn.helituan.domain.common.NamePattern;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.team.UnitService;
import cn.helituan.domain.history.HistoryEntry;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The list of dispatching units. Everyone who reads the roster reads it; only org admins change it. */
@Service
@RequiredArgsConstructor
public class WorkUnitService {

    private static final String CHOICES = "workUnits";

    private final WorkUnits workUnits;
    private final History history;
    private final ChoiceCache choices;

    @Transactional(readOnly = true)
    public List<WorkUnit> all(Scope scope) {
        scope.requireRoster();
        return workUnits.findByArchivedFalseOrderByName();
    }

    /** The live work units as filter choices (ids and names only, cached: the member list asks on every page). */
    public List<WorkUnitOption> options(Scope scope) {
        scope.requireRoster();
        return choices.get(CHOICES, workUnits::options);
    }

    /**
     * The work units a form's choice list holds: all of them up to {@link UnitService#FILTER_LIMIT}; above, only the
     * chosen one — the page finds the others as the user types ({@link #search}).
     */
    public List<WorkUnitOption> formChoices(Scope scope, Long chosenId) {
        List<WorkUnitOption> all = options(scope);
        return all.size() <= UnitService.FILTER_LIMIT ? all
                : all.stream().filter(w -> w.id().equals(chosenId)).toList();
    }

    /** Type to find: the live work units whose name contains the text, at most {@code limit} (50 at most). */
    @Transactional(readOnly = true)
    public List<WorkUnitOption> search(Scope scope, String text, int limit) {
        scope.requireRoster();
        return workUnits.search(NamePattern.contains(text),
                PageRequest.of(0, Math.max(1, Math.min(limit, UnitService.SEARCH_LIMIT))));
    }

    @Transactional(readOnly = true)
    public Page<WorkUnit> page(Scope scope, Pageable pageable) {
        scope.requireRoster();
        return workUnits.findByArchivedFalseOrderByName(pageable);
    }

    @Transactional(readOnly = true)
    public WorkUnit get(Scope scope, long id) {
        scope.requireRoster();
        return live(id);
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Scope scope, long id) {
        get(scope, id);
        return history.of(WorkUnit.class, id);
    }

    @Transactional
    public WorkUnit create(Scope scope, String name, WorkUnitKind kind) {
        scope.requireAccounts();
        if (workUnits.existsByNameIgnoreCase(name)) {
            throw new RuleViolation("name", "workUnit.name.taken");
        }
        choices.invalidateAfterCommit();
        return workUnits.save(new WorkUnit(name, kind));
    }

    @Transactional
    public WorkUnit update(Scope scope, long id, long version, String name, WorkUnitKind kind) {
        scope.requireAccounts();
        WorkUnit unit = live(id);
        unit.checkVersion(version);
        workUnits.findByNameIgnoreCase(name)
                .filter(other -> !other.getId().equals(unit.getId()))
                .ifPresent(other -> {
                    throw new RuleViolation("name", "workUnit.name.taken");
                });
        unit.apply(name, kind);
        choices.invalidateAfterCommit();
        return unit;
    }

    @Transactional
    public void archive(Scope scope, long id, long version) {
        scope.requireAccounts();
        WorkUnit unit = live(id);
        unit.checkVersion(version);
        if (workUnits.countMembers(id) > 0) {
            throw RuleViolation.global("workUnit.archive.hasMembers");
        }
        unit.archive();
        choices.invalidateAfterCommit();
    }

    private WorkUnit live(long id) {
        return workUnits.findById(id).filter(w -> !w.isArchived())
                .orElseThrow(() -> new NotFoundException("workUnit", id));
    }
}
