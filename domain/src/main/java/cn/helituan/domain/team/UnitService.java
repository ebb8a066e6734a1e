package cn.helituan.domain.team;

import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import cn.helituan.domain.common.ChoiceCache;
import cn.helituan.domain.common.NamePattern;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The team tree: reading it within a scope, and building, moving and archiving units. */
@Service
@RequiredArgsConstructor
public class UnitService {

    /** The most units a list filter offers all at once. */
    public static final int FILTER_LIMIT = 300;

    /** The most units one search by typing returns. */
    public static final int SEARCH_LIMIT = 50;

    /** The unit filter's choices depend on the scope's path and the chosen unit only. */
    private record FilterKey(String pathPrefix, Long chosenUnitId) {
    }

    /** The top of a scope's tree depends on the scope's path and the depth read only. */
    private record TreeKey(String pathPrefix, int maxDepth) {
    }

    private final Units units;
    private final History history;
    private final ChoiceCache choices;

    /**
     * The top of the reader's tree: the scope's unit (the whole deployment's teams) and the level below it, each with
     * its subtree's counts; lower levels open one at a time ({@link #node}).
     */
    @Transactional(readOnly = true)
    public List<UnitNode> tree(Scope scope) {
        scope.requireRoster();
        String prefix = scope.pathFilter();
        // the scope's unit is at depth n - 1 for a path of n ids; the whole deployment's teams at depth 0
        int top = prefix.isEmpty() ? 0 : idsOnPath(prefix).size() - 1;
        // kept like the filter choices (ChoiceCache): a province's root counts 31,000 memberships; every write of a
        // unit, a membership or a member's archiving drops it after its commit (headCountsChanged)
        return UnitNode.forest(choices.get(new TreeKey(prefix, top + 1), () -> units.nodes(prefix, top + 1)));
    }

    /**
     * Called by the writes that change who is in which unit (a membership begun or ended, a member archived): the
     * kept top of the trees is read again once they commit.
     */
    public void headCountsChanged() {
        choices.invalidateAfterCommit();
    }

    /** A unit in the scope with its subtree's counts and its children with theirs (the unit's page, a tree level). */
    @Transactional(readOnly = true)
    public UnitNode node(Scope scope, long id) {
        Unit unit = visible(scope, id);
        return UnitNode.forest(units.nodes(unit.getPath(), unit.getDepth() + 1)).get(0);
    }

    @Transactional(readOnly = true)
    public Unit get(Scope scope, long id) {
        scope.requireRoster();
        return visible(scope, id);
    }

    /** Units the user may pick, e.g. to put a member in. */
    @Transactional(readOnly = true)
    public List<Unit> selectable(Scope scope) {
        scope.requireRoster();
        return units.selectable(scope.pathFilter());
    }

    /**
     * Units to filter a list by: every unit of the scope, as {@link #selectable}, when there are at most
     * {@value #FILTER_LIMIT}. A larger scope (a province: thousands of groups, which would make every list page heavy
     * and the picker useless on a phone) opens like a tree: the top of the scope and the level below it, then the
     * units under the chosen unit and under each unit above it, so that any group is two or three choices away.
     * Cached ({@link ChoiceCache}): the member list asks on every page.
     */
    public List<UnitOption> filterOptions(Scope scope, Long chosenUnitId) {
        scope.requireRoster();
        String prefix = scope.pathFilter();
        return choices.get(new FilterKey(prefix, chosenUnitId), () -> loadFilterOptions(scope, prefix, chosenUnitId));
    }

    private List<UnitOption> loadFilterOptions(Scope scope, String prefix, Long chosenUnitId) {
        if (units.countSelectable(prefix, FILTER_LIMIT + 1) <= FILTER_LIMIT) {
            return units.selectableOptions(prefix);
        }
        List<Long> open = chosenUnitId == null ? List.of() : units.findById(chosenUnitId)
                .filter(u -> !u.isArchived() && scope.covers(u.getPath()))
                .map(u -> idsOnPath(u.getPath()))
                .orElse(List.of());
        // the scope's unit is at depth n - 1 for a path of n ids; the whole deployment's top units at depth 0
        int levelBelowTop = prefix.isEmpty() ? 1 : idsOnPath(prefix).size();
        return units.openTree(prefix, levelBelowTop, open);
    }

    /**
     * The units a form's choice list holds: every unit of the scope when there are at most {@value #FILTER_LIMIT};
     * above (a province), only the chosen one, if any — the page finds the others as the user types
     * ({@link #search}), so a refused form still shows what was chosen.
     */
    @Transactional(readOnly = true)
    public List<Unit> formChoices(Scope scope, Long chosenId) {
        scope.requireRoster();
        String prefix = scope.pathFilter();
        if (units.countSelectable(prefix, FILTER_LIMIT + 1) <= FILTER_LIMIT) {
            return units.selectable(prefix);
        }
        return chosenId == null ? List.of() : units.findById(chosenId)
                .filter(u -> !u.isArchived() && scope.covers(u.getPath()))
                .map(List::of).orElse(List.of());
    }

    /**
     * Type to find: the scope's live units of the kinds (all when empty) whose name contains the text, at most
     * {@code limit} (capped at {@value #SEARCH_LIMIT}), top levels first.
     */
    @Transactional(readOnly = true)
    public List<UnitPick> search(Scope scope, String text, Collection<UnitKind> kinds, int limit) {
        scope.requireRoster();
        return units.search(scope.pathFilter(), NamePattern.contains(text),
                kinds == null || kinds.isEmpty() ? EnumSet.allOf(UnitKind.class) : kinds,
                PageRequest.of(0, Math.max(1, Math.min(limit, SEARCH_LIMIT))));
    }

    /** "/1/4/9/" → [1, 4, 9]: the unit and the units above it. */
    private static List<Long> idsOnPath(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }

    /**
     * The names of the live units by id, for writing a unit in the scope as its whole path of names (the roster
     * export, which the import reads back): the units above the scope are named too, as on the unit pages.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> names(Scope scope) {
        scope.requireRoster();
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        units.keysInside("").forEach(u -> names.put(u.id(), u.name()));
        return names;
    }

    /** A unit's path of ids ("/1/4/9/") as its path of names, "示范县干部人才合力团/产业发展分团/茶产业合力小组". */
    public static String namePath(String idPath, java.util.Map<Long, String> names) {
        java.util.StringJoiner path = new java.util.StringJoiner("/");
        for (String id : idPath.split("/")) {
            String name = id.isEmpty() ? null : names.get(Long.parseLong(id));
            if (name != null) {
                path.add(name);
            }
        }
        return path.toString();
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Scope scope, long id) {
        visible(scope, id);
        return history.of(Unit.class, id);
    }

    @Transactional
    public Unit create(Scope scope, Long parentId, UnitKind kind, UnitDetails details) {
        scope.requireStructure();
        Unit parent = null;
        if (parentId != null) {
            parent = visible(scope, parentId);
        } else if (!scope.wholeDeployment()) {
            throw new RuleViolation("parentId", "unit.parent.required");
        }
        Unit unit = units.save(new Unit(parent, kind, details));
        unit.placeInTree();
        choices.invalidateAfterCommit();
        return unit;
    }

    @Transactional
    public Unit update(Scope scope, long id, long version, UnitDetails details) {
        scope.requireStructure();
        Unit unit = visible(scope, id);
        unit.checkVersion(version);
        unit.apply(details);
        choices.invalidateAfterCommit();
        return unit;
    }

    /** Every unit of the scope, archived ones too, in the tree's order (the data API). */
    @Transactional(readOnly = true)
    public Page<Unit> page(Scope scope, Pageable pageable) {
        scope.requireRoster();
        return units.inPath(scope.pathFilter(), pageable);
    }

    @Transactional
    public Unit move(Scope scope, long id, long version, long newParentId) {
        scope.requireStructure();
        units.lockActivityWrites();
        Unit unit = visible(scope, id);
        unit.checkVersion(version);
        if (!scope.wholeDeployment() && unit.getId().equals(scope.unitId())) {
            throw new RuleViolation("parentId", "unit.move.ownScope");
        }
        Unit newParent = visible(scope, newParentId);
        int oldDepth = unit.getDepth();
        String oldPath = unit.moveTo(newParent);
        units.rebase(oldPath, unit.getPath(), unit.getDepth() - oldDepth);
        choices.invalidateAfterCommit();
        return unit;
    }

    @Transactional
    public void archive(Scope scope, long id, long version) {
        scope.requireStructure();
        Unit unit = visible(scope, id);
        unit.checkVersion(version);
        if (!scope.wholeDeployment() && unit.getId().equals(scope.unitId())) {
            throw RuleViolation.global("unit.archive.ownScope");
        }
        if (units.countLiveChildren(id) > 0) {
            throw RuleViolation.global("unit.archive.hasChildren");
        }
        if (units.countActiveMembers(id) > 0) {
            throw RuleViolation.global("unit.archive.hasMembers");
        }
        if (units.countActiveRelationships(id) > 0) {
            throw RuleViolation.global("unit.archive.hasRelationships");
        }
        unit.archive();
        choices.invalidateAfterCommit();
    }

    /** The unit if it exists, is live and lies in the scope; otherwise "not found". */
    Unit visible(Scope scope, long id) {
        scope.requireRoster();
        return units.findById(id)
                .filter(u -> !u.isArchived() && scope.covers(u.getPath()))
                .orElseThrow(() -> new NotFoundException("unit", id));
    }
}
