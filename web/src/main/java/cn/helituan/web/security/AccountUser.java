package cn.helituan.web.security;

import java.io.Serial;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in account as the session keeps it: the user name the rules compare and, for the menu, the person's name
 * (the account's display name at login; a renamed account shows its new name from its next login on).
 */
class AccountUser extends User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String displayName;

    AccountUser(String username, String password, String role, boolean enabled, boolean locked, String displayName) {
        super(username, password, enabled, true, true, !locked, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        this.displayName = displayName;
    }

    String getDisplayName() {
        return displayName;
    }

    // equal to the User of the same user name (the session registry and remember-me compare users by name)
    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
