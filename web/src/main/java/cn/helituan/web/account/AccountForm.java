package cn.helituan.web.account;

import cn.helituan.domain.account.AccountDetails;
import cn.helituan.domain.common.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Creating or editing an account: a username (fixed once created), a name, a role and its scope. */
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

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getScopeUnitId() {
        return scopeUnitId;
    }

    public void setScopeUnitId(Long scopeUnitId) {
        this.scopeUnitId = scopeUnitId;
    }

    public Long getScopeObjectId() {
        return scopeObjectId;
    }

    public void setScopeObjectId(Long scopeObjectId) {
        this.scopeObjectId = scopeObjectId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
