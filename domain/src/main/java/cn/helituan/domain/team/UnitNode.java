package cn.helituan.domain.team;

import java.util.ArrayList;
import java.util.List;

/**
 * A unit in the tree view, with its counts: {@code members} in the unit itself, {@code totalMembers} and
 * {@code groups} in its whole subtree.
 */
public final class UnitNode {
    private final UnitRow unit;
    private final List<UnitNode> children = new ArrayList<>();
    private long totalMembers;
    private long groups;

    UnitNode(UnitRow unit) {
        this.unit = unit;
    }

    public UnitRow getUnit() {
        return unit;
    }

    public List<UnitNode> getChildren() {
        return children;
    }

    public long getTotalMembers() {
        return totalMembers;
    }

    public long getGroups() {
        return groups;
    }

    /** Builds the forest from a flat list ordered by path; roots are the rows whose parent is absent. */
    static List<UnitNode> forest(List<UnitRow> rows) {
        java.util.Map<Long, UnitNode> byId = new java.util.LinkedHashMap<>();
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
        roots.forEach(UnitNode::sum);
        return roots;
    }

    private void sum() {
        totalMembers = unit.members();
        groups = unit.kind() == UnitKind.GROUP ? 1 : 0;
        for (UnitNode child : children) {
            child.sum();
            totalMembers += child.totalMembers;
            groups += child.groups;
        }
    }
}
