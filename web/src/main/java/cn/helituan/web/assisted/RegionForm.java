package cn.helituan.web.assisted;

import cn.helituan.domain.assisted.RegionLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

@Getter
@Setter
public class RegionForm {

    private Long parentId;
    @NotNull
    private RegionLevel level;
    @NotBlank
    @Size(max = 100)
    private String name;
    @NotBlank
    @Size(max = 50)
    private String code;
    private long version;
}
