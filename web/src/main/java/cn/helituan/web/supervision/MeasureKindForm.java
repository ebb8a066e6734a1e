package cn.helituan.web.supervision;

import cn.helituan.domain.supervision.MeasureKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A kind of measure as its form edits it: its name and its place in the list. */
@Getter
@Setter
public class MeasureKindForm {

    @NotBlank
    @Size(max = 50)
    private String name;
    @NotNull
    @Min(0)
    @Max(9999)
    private Integer sortOrder;
    private long version;

    static MeasureKindForm of(MeasureKind kind) {
        MeasureKindForm form = new MeasureKindForm();
        form.name = kind.getName();
        form.sortOrder = kind.getSortOrder();
        form.version = kind.getVersion();
        return form;
    }
}
