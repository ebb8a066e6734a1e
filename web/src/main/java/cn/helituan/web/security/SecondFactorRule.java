package cn.helituan.web.security;

import java.util.Set;
import org.springframework.core.env.Environment;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who must add a second factor to the password (issue 21): the accounts that see a whole team or sub-team — org
 * admins and sub-team leaders — and the security auditor, when {@code helituan.security.second-factor-required} is on. It is on unless set off,
 * and off by default with the demo county ({@code helituan.demo-data=true}), so that trying the product needs no
 * authenticator app. Spring Security's multi-factor authorization asks for {@link #TOTP_AUTHORITY} from these
 * accounts (SecurityConfiguration); the API's tokens carry no password factor and are not asked.
 */
@Component
public class SecondFactorRule {

    /** The factor the authenticator's code adds to a signed-in session. */
    public static final String TOTP_AUTHORITY = "FACTOR_TOTP";
    private static final Set<String> ROLES = Set.of("ROLE_ORG_ADMIN", "ROLE_SUB_TEAM_LEADER", "ROLE_AUDITOR");

    private final boolean required;

    SecondFactorRule(Environment env) {
        boolean demo = env.getProperty("helituan.demo-data", Boolean.class, false);
        this.required = env.getProperty("helituan.security.second-factor-required", Boolean.class, !demo);
    }

    public boolean required() {
        return required;
    }

    /** Whether this sign-in (by password, in a role that sees everything) must add the authenticator's code. */
    public boolean appliesTo(Authentication authentication) {
        if (!required || authentication == null) {
            return false;
        }
        boolean password = false;
        boolean role = false;
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            password |= FactorGrantedAuthority.PASSWORD_AUTHORITY.equals(authority.getAuthority());
            role |= ROLES.contains(authority.getAuthority());
        }
        return password && role;
    }

    /** Whether the role's accounts are asked for the second factor (the account page says so). */
    public boolean appliesToRole(String role) {
        return required && ROLES.contains("ROLE_" + role);
    }

    static boolean hasTotp(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> TOTP_AUTHORITY.equals(a.getAuthority()));
    }
}
