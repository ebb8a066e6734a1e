package cn.helituan.web.security;

import cn.helituan.domain.account.AccountService;
import jakarta.servlet.http.HttpServletRequest;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Counts wrong passwords (five lock the account for 15 minutes) and notes whether a password must be changed. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LoginEvents {

    private final AccountService accounts;

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailedLogin(event.getAuthentication().getName());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        accounts.recordSuccessfulLogin(username);
        boolean mustChange = accounts.forLogin(username).map(a -> a.isMustChangePassword()).orElse(false);
        if (mustChange && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            request.getSession().setAttribute(PasswordChangeFilter.MUST_CHANGE, Boolean.TRUE);
        }
    }
}
