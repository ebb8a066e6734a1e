package cn.helituan.domain.activity;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.EnumSetColumn;
import cn.helituan.domain.common.Labeled;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Set;

/**
 * A kind of activity in the deployment's list (调研走访, 技能培训…): seeded ones have a code whose label the message
 * files hold ({@code ActivityType.RESEARCH_VISIT}); {@link #figures} are the outcome figures its form asks for first.
 */
@Entity
@Table(name = "activity_type")
public class ActivityType extends AuditedEntity implements Labeled {

    private String code;
    private String name;

    @Convert(converter = Figures.class)
    private Set<Figure> figures = Set.of();

    private int sortOrder;
    private boolean archived;

    protected ActivityType() {
    }

    @Override
    public String label() {
        return name;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Set<Figure> getFigures() {
        return figures;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isArchived() {
        return archived;
    }

    /** The column of {@link #figures}. */
    public static class Figures extends EnumSetColumn<Figure> {
        public Figures() {
            super(Figure.class);
        }
    }
}
