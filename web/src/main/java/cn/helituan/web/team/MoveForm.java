package cn.helituan.web.team;

import jakarta.validation.constraints.NotNull;

/** Moving a unit under another parent. */
public class MoveForm {

    @NotNull
    private Long parentId;
    private long version;

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
