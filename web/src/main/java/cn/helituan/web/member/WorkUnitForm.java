package cn.helituan.web.member;

import cn.helituan.domain.member.WorkUnitKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public class WorkUnitForm {

    @NotBlank
    @Size(max = 100)
    private String name;
    @NotNull
    private WorkUnitKind kind;
    private long version;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public WorkUnitKind getKind() {
        return kind;
    }

    public void setKind(WorkUnitKind kind) {
        this.kind = kind;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
