package cn.helituan.domain.team;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit in the tree view with the counts of its subtree ({@link UnitRow}) and the children read with it. The tree
 * opens a level at a time: a node whose children were not read has {@link #isExpandable()} and no children.
 */
public final class UnitNode {
    private final UnitRow unit;
    private final List<UnitNode> children = new ArrayList<>();

    UnitNode(UnitRow unit) {
        this.unit = unit;
    }

    public UnitRow getUnit() {
        return unit;
    }

    public List<UnitNode> getChildren() {
        return children;
    }

    /** Distinct people with a current membership anywhere in the subtree: the roster filtered to the unit. */
    public long getTotalMembers() {
        return unit.people();
    }

    /** Memberships beyond one per person in the subtree (people in several of its units). */
    public long getCrossings() {
        return unit.crossings();
    }

    public long getGroups() {
        return unit.groups();
    }

    /** Live units lie below, whether or not they were read. */
    public boolean isExpandable() {
        return unit.hasChildren();
    }

    /** Builds the forest from a flat list with parents before children; roots are the rows whose parent is absent. */
    public static List<UnitNode> forest(List<UnitRow> rows) {
        Map<Long, UnitNode> byId = new LinkedHashMap<>();
        List<UnitNode> roots = new ArrayList<>();
        for (UnitRow row : rows) {
            UnitNode node = new UnitNode(row);
            byId.put(row.id(), node);
            UnitNode parent = row.parentId() == null ? null : byId.get(row.parentId());
            if (parent == null) {
                roots.add(node);
            } else {
                parent.children.add(node);
            }
        }
        return roots;
    }
}
