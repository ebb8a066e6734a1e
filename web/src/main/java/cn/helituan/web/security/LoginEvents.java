package cn.helituan.web.security;

import cn.helituan.domain.account.AccountService;
import jakarta.servlet.http.HttpServletRequest;
import cn.helituan.domain.account.LoginThrottle;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * After a sign-in: the name's failures set back ({@link LoginThrottle}, failures are counted by {@link LoginGuard}),
 * the time noted, and whether a password must be changed first — new, reset, or an org admin's older than
 * {@code helituan.security.password-max-age} (default 90 days; 0 never).
 */
@Component
class LoginEvents {

    private final AccountService accounts;
    private final LoginThrottle throttle;
    private final Duration passwordMaxAge;

    LoginEvents(AccountService accounts, LoginThrottle throttle,
                @Value("${helituan.security.password-max-age:90d}") Duration passwordMaxAge) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.passwordMaxAge = passwordMaxAge;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        throttle.succeeded(username);
        accounts.recordSuccessfulLogin(username);
        boolean mustChange = accounts.mustChangePassword(username, passwordMaxAge);
        if (mustChange && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            request.getSession().setAttribute(PasswordChangeFilter.MUST_CHANGE, Boolean.TRUE);
        }
    }
}
