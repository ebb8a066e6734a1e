package cn.helituan.web.activity;

import cn.helituan.domain.activity.ActivityType;
import cn.helituan.domain.activity.Figure;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/** An activity type as its form edits it: name, the figures its activity form asks for first, its place. */
public class ActivityTypeForm {

    @NotBlank
    @Size(max = 50)
    private String name;
    private Set<Figure> figures = EnumSet.noneOf(Figure.class);
    @NotNull
    @Min(0)
    @Max(9999)
    private Integer sortOrder;
    private long version;

    static ActivityTypeForm of(ActivityType type) {
        ActivityTypeForm form = new ActivityTypeForm();
        form.name = type.getName();
        form.figures = type.getFigures().isEmpty() ? EnumSet.noneOf(Figure.class) : EnumSet.copyOf(type.getFigures());
        form.sortOrder = type.getSortOrder();
        form.version = type.getVersion();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public Set<Figure> getFigures() {
        return figures;
    }

    public void setFigures(Set<Figure> figures) {
        this.figures = figures == null ? EnumSet.noneOf(Figure.class) : figures;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
