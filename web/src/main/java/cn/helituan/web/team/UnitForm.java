package cn.helituan.web.team;

import cn.helituan.domain.team.UnitDetails;
import cn.helituan.domain.team.UnitField;
import cn.helituan.domain.team.UnitKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The unit create/edit form. {@code kind} and {@code parentId} are fixed once the unit exists. */
@Getter
@Setter
public class UnitForm {

    private Long parentId;
    @NotNull
    private UnitKind kind;
    @NotBlank
    @Size(max = 100)
    private String name;
    @Size(max = 20)
    private String localName;
    @NotNull
    private UnitField field;
    @Size(max = 2000)
    private String description;
    private long version;

    public UnitDetails toDetails() {
        return new UnitDetails(name, localName, field, description);
    }
}
