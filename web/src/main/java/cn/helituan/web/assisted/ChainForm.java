package cn.helituan.web.assisted;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

@Getter
@Setter
public class ChainForm {

    @NotBlank
    @Size(max = 100)
    private String name;
    private long version;
}
