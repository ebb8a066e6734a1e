package cn.helituan.web.member;

import cn.helituan.domain.member.WorkUnitKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

@Getter
@Setter
public class WorkUnitForm {

    @NotBlank
    @Size(max = 100)
    private String name;
    @NotNull
    private WorkUnitKind kind;
    private long version;
}
