package cn.helituan.web.account;

import cn.helituan.domain.account.AccountDetails;
import cn.helituan.domain.common.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** Creating or editing an account: a username (fixed once created), a name, a role and its scope. */
@Getter
@Setter
public class AccountForm {

    @NotBlank
    @Size(min = 3, max = 64)
    @Pattern(regexp = "[A-Za-z0-9_.-]+")
    private String username;
    @NotBlank
    @Size(max = 50)
    private String displayName;
    @NotNull
    private Role role;
    private Long scopeUnitId;
    private Long scopeObjectId;
    private Long memberId;
    private long version;

    public AccountDetails toDetails() {
        return new AccountDetails(username, displayName, role, scopeUnitId, scopeObjectId, memberId);
    }
}
