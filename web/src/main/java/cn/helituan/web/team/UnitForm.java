package cn.helituan.web.team;

import cn.helituan.domain.team.UnitDetails;
import cn.helituan.domain.team.UnitField;
import cn.helituan.domain.team.UnitKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The unit create/edit form. {@code kind} and {@code parentId} are fixed once the unit exists. */
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

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLocalName() {
        return localName;
    }

    public void setLocalName(String localName) {
        this.localName = localName;
    }

    public UnitField getField() {
        return field;
    }

    public void setField(UnitField field) {
        this.field = field;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
