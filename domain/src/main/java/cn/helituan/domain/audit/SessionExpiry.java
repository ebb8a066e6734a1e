package cn.helituan.domain.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends the sessions whose idle time is up and writes {@link AuditKind#SESSION_ENDED} for each signed-in one (等保:
 * session expiry is a sign-in event). Spring Session JDBC deletes expired rows without telling anybody, so its own
 * clean-up is off ({@code spring.session.jdbc.cleanup-cron=-}) and this one runs instead, every
 * {@code helituan.sessions.cleanup-every}: the rows go and their log entries are written in one transaction, and a
 * row deleted by one instance is not seen by another, so an expiry is logged once.
 */
@Component
@RequiredArgsConstructor
public class SessionExpiry {

    private final ExpiredSessions sessions;
    private final AuditLog log;
    private final Clock clock;

    /** Ends the expired sessions; answers how many signed-in ones were logged. */
    @Scheduled(fixedDelayString = "${helituan.sessions.cleanup-every:PT1M}",
            initialDelayString = "${helituan.sessions.cleanup-every:PT1M}")
    @Transactional
    public int endExpired() {
        Instant now = clock.instant();
        int logged = 0;
        for (String username : sessions.remove(now)) {
            if (Objects.nonNull(username)) {
                log.append(now, AuditEvent.of(AuditKind.SESSION_ENDED, username, null, "idle timeout"));
                logged++;
            }
        }
        return logged;
    }
}
