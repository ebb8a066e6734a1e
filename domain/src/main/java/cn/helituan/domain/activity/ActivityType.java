package cn.helituan.domain.activity;

import cn.helituan.domain.common.CodedName;
import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.EnumSetColumn;
import cn.helituan.domain.common.Labeled;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A kind of activity in the deployment's list (调研走访, 技能培训…): seeded ones have a code whose label the message
 * files hold ({@code ActivityType.RESEARCH_VISIT}); {@link #figures} are the outcome figures its form asks for first.
 */
@Entity
@Table(name = "activity_type")
public class ActivityType extends AuditedEntity implements Labeled, CodedName {

    private String code;
    private String name;

    @Convert(converter = Figures.class)
    private Set<Figure> figures = Set.of();

    private int sortOrder;
    private boolean archived;

    protected ActivityType() {
    }

    /** A type the organization department adds: its code is made up (only seeded types have translated labels). */
    public ActivityType(String name, Set<Figure> figures, int sortOrder) {
        this.code = "CUSTOM_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        this.name = name;
        this.figures = copy(figures);
        this.sortOrder = sortOrder;
    }

    /** Changes the name, the figures its form asks for first and its place in the list. */
    public void change(String name, Set<Figure> figures, int sortOrder) {
        this.name = name;
        this.figures = copy(figures);
        this.sortOrder = sortOrder;
    }

    /** In the enum's order, so that the history compares like with like. */
    private static Set<Figure> copy(Set<Figure> figures) {
        return figures.isEmpty() ? EnumSet.noneOf(Figure.class) : EnumSet.copyOf(figures);
    }

    /** Takes the type out of the form's list; activities logged with it keep it. */
    public void archive() {
        this.archived = true;
    }

    public void restore() {
        this.archived = false;
    }

    /** Whether the form asks for the figure among the type's own (the others are one tap away). */
    public boolean asks(Figure figure) {
        return figures.contains(figure);
    }

    /** The type's figures in the order the form lists them, comma-joined (the form's script reads them). */
    public String figureNames() {
        StringBuilder names = new StringBuilder();
        for (Figure figure : Figure.values()) {
            if (figures.contains(figure)) {
                names.append(names.isEmpty() ? "" : ",").append(figure.name());
            }
        }
        return names.toString();
    }

    @Override
    public String label() {
        return name;
    }

    @Override
    public String labelPrefix() {
        return "ActivityType";
    }

    @Override
    public String getCode() {
        return code;
    }

    @Override
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
