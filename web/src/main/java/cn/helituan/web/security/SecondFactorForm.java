package cn.helituan.web.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The authenticator's six digits or a recovery code ({@code abcde-fghjk}). */
@Getter
@Setter
public class SecondFactorForm {

    @NotBlank
    @Size(max = 20)
    private String code;
}
