package cn.helituan.web.security;

import cn.helituan.web.common.LiveSessions;
import cn.helituan.domain.account.CredentialsReplaced;
import jakarta.servlet.http.HttpSession;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.session.SessionInformation;
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

    private final LiveSessions sessions;

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void replaced(CredentialsReplaced event) {
        String current = null;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpSession session = attrs.getRequest().getSession(false);
            current = session == null ? null : session.getId();
        }
        for (SessionInformation info : sessions.live(event.username())) {
            if (!info.getSessionId().equals(current)) {
                // the registry's own SessionInformation ends it where it is kept (the database's sessions)
                SessionInformation kept = sessions.getSessionInformation(info.getSessionId());
                if (kept != null) {
                    kept.expireNow();
                }
            }
        }
    }
}
