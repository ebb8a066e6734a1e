package cn.helituan.web.demand;

import cn.helituan.domain.demand.DemandCategory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A demand category as its form edits it: its name, the keywords matching reads, its place in the list. */
@Getter
@Setter
public class CategoryForm {

    @NotBlank
    @Size(max = 50)
    private String name;
    @Size(max = 500)
    private String keywords;
    @NotNull
    @Min(0)
    @Max(9999)
    private Integer sortOrder;
    private long version;

    static CategoryForm of(DemandCategory category) {
        CategoryForm form = new CategoryForm();
        form.name = category.getName();
        form.keywords = category.getKeywords();
        form.sortOrder = category.getSortOrder();
        form.version = category.getVersion();
        return form;
    }
}
