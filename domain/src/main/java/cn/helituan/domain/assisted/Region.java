package cn.helituan.domain.assisted;

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
 * An administrative region: a county (县/区), a town (镇/街道) under it, a village or community (村/社区) under a
 * town. {@code path} ("/3/17/") lists the ids from the county down, as the team tree does.
 */
@Entity
@Table(name = "region")
public class Region extends AuditedEntity implements Labeled {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Region parent;

    @Enumerated(EnumType.STRING)
    private RegionLevel level;

    private String name;

    private String code;

    @HistoryIgnore
    private String path = "/";

    /** The path's ids as numbers, kept by PostgreSQL (V32): the tree's order, {@code /98/99/} before {@code /98/100/}. */
    @HistoryIgnore
    @Column(insertable = false, updatable = false)
    private Long[] treeOrder;

    @HistoryIgnore
    private int depth;

    private boolean archived;

    protected Region() {
    }

    public Region(Region parent, RegionLevel level, String name, String code) {
        RegionLevel expected = level.parentLevel();
        if ((expected == null) != (parent == null) || (parent != null && parent.getLevel() != expected)) {
            throw new RuleViolation("parentId", "region.parent.invalid");
        }
        if (parent != null && parent.isArchived()) {
            throw new RuleViolation("parentId", "region.parent.archived");
        }
        this.parent = parent;
        this.level = level;
        apply(name, code);
    }

    /** Sets path and depth from the parent; the region must have its id. */
    public void placeInTree() {
        if (getId() == null) {
            throw new IllegalStateException("region must be saved before it is placed");
        }
        this.path = (parent == null ? "/" : parent.getPath()) + getId() + "/";
        this.depth = parent == null ? 0 : parent.getDepth() + 1;
    }

    public void apply(String name, String code) {
        this.name = name;
        this.code = code;
    }

    public void archive() {
        this.archived = true;
    }

    @Override
    public String label() {
        return name;
    }

    public Region getParent() {
        return parent;
    }

    public Long getParentId() {
        return parent == null ? null : parent.getId();
    }

    public RegionLevel getLevel() {
        return level;
    }

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
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
