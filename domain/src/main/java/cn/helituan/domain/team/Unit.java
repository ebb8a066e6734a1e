package cn.helituan.domain.team;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.history.HistoryIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A node of the team tree. {@code path} ("/1/4/9/") lists the ids from the root down to this unit, so that
 * "everything in this sub-team" is one indexed prefix match. Other units (parents) are read through their getters:
 * they may be lazy proxies whose own fields are empty.
 */
@Entity
@Table(name = "unit")
public class Unit extends AuditedEntity implements Labeled {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    @Enumerated(EnumType.STRING)
    private UnitKind kind;

    private String name;

    private String localName;

    @Enumerated(EnumType.STRING)
    private UnitField field;

    private String description;

    @HistoryIgnore
    private String path = "/";

    /** The path's ids as numbers, kept by PostgreSQL (V32): the tree's order, {@code /98/99/} before {@code /98/100/}. */
    @HistoryIgnore
    @Column(insertable = false, updatable = false)
    private Long[] treeOrder;

    @HistoryIgnore
    private int depth;

    private boolean archived;

    protected Unit() {
    }

    public Unit(Unit parent, UnitKind kind, UnitDetails details) {
        if (!kind.mayHaveParent(parent == null ? null : parent.getKind())) {
            throw new RuleViolation("parentId", "unit.parent.invalid");
        }
        if (parent != null && parent.isArchived()) {
            throw new RuleViolation("parentId", "unit.parent.archived");
        }
        this.parent = parent;
        this.kind = kind;
        apply(details);
    }

    /** Called once the id is known: the path ends with the unit's own id. */
    public void placeInTree() {
        if (id == null) {
            throw new IllegalStateException("unit must be saved before it is placed");
        }
        this.path = (parent == null ? "/" : parent.getPath()) + id + "/";
        this.depth = parent == null ? 0 : parent.getDepth() + 1;
    }

    public void apply(UnitDetails details) {
        this.name = details.name();
        this.localName = details.localName();
        this.field = details.field();
        this.description = details.description();
    }

    /**
     * Moves the unit under {@code newParent}. Returns the old path so the caller can re-root the subtree.
     */
    public String moveTo(Unit newParent) {
        if (newParent == null || !kind.mayHaveParent(newParent.getKind())) {
            throw new RuleViolation("parentId", "unit.parent.invalid");
        }
        if (newParent.getPath().startsWith(path)) {
            throw new RuleViolation("parentId", "unit.move.intoItself");
        }
        if (newParent.isArchived()) {
            throw new RuleViolation("parentId", "unit.parent.archived");
        }
        String oldPath = path;
        this.parent = newParent;
        placeInTree();
        return oldPath;
    }

    public void archive() {
        this.archived = true;
    }

    public boolean isAncestorOf(Unit other) {
        return other.getPath().startsWith(path) && !other.getPath().equals(path);
    }

    @Override
    public String label() {
        return name;
    }

    public Unit getParent() {
        return parent;
    }

    public Long getParentId() {
        return parent == null ? null : parent.getId();
    }

    public UnitKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getLocalName() {
        return localName;
    }

    public UnitField getField() {
        return field;
    }

    public String getDescription() {
        return description;
    }

    public String getPath() {
        return path;
    }

    public int getDepth() {
        return depth;
    }

    public boolean isArchived() {
        return archived;
    }
}
