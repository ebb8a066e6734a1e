package cn.helituan.web.team;

import jakarta.validation.constraints.NotNull;
import lombok.Getter;
import lombok.Setter;

/** Moving a unit under another parent. */
@Getter
@Setter
public class MoveForm {

    @NotNull
    private Long parentId;
    private long version;
}
