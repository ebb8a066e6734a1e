package cn.helituan.web.security;

import cn.helituan.domain.account.CredentialsReplaced;
import jakarta.servlet.http.HttpSession;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends an account's sessions when its password is replaced (after the commit): all of them after an admin's reset,
 * all but the one making the change after the owner's. An ended session's next request is sent to the sign-in page
 * with the reason ({@code /login?expired}).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SessionsOnPasswordChange {

    private final SessionRegistry sessions;

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void replaced(CredentialsReplaced event) {
        String current = null;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpSession session = attrs.getRequest().getSession(false);
            current = session == null ? null : session.getId();
        }
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof UserDetails user && user.getUsername().equalsIgnoreCase(event.username())) {
                for (SessionInformation info : sessions.getAllSessions(principal, false)) {
                    if (!info.getSessionId().equals(current)) {
                        info.expireNow();
                    }
                }
            }
        }
    }
}
