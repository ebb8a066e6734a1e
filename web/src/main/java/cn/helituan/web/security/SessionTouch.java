package cn.helituan.web.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Writes a session's row only when something in it changed or its last access moved by {@code
 * helituan.sessions.touch-every} (a minute) or more. Spring Session saves the row after every request, if only to move
 * the last access time: an UPDATE and a commit waiting for the disk on every page (issue 25). With this statement the
 * same save changes nothing within the minute — no row version, no WAL, no wait. The cost: a session's idle timeout
 * (30 minutes) runs from its last request to the minute, and 在线会话's "last request" is as old as a minute. A new
 * attribute added by two requests at once is written once ({@link #CREATE_ATTRIBUTE}).
 */
@Component
class SessionTouch implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

    /**
     * Spring Session's own update (its parameters in its order: session id, last access, idle interval, expiry,
     * principal, primary key) with the comparison added.
     */
    static final String UPDATE = """
            UPDATE %TABLE_NAME% S
            SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
                MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
                PRINCIPAL_NAME = V.PRINCIPAL_NAME
            FROM (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
                         CAST(? AS INTEGER) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
                         CAST(? AS VARCHAR(100)) AS PRINCIPAL_NAME, CAST(? AS CHAR(36)) AS PRIMARY_ID) V
            WHERE S.PRIMARY_ID = V.PRIMARY_ID
              AND (S.SESSION_ID <> V.SESSION_ID OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
                   OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
                   OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= %d)
            """;

    /**
     * Spring Session's insert of a new attribute (session, name, bytes), taking the place of one that another request
     * of the same session inserted meanwhile: two requests of a fresh session (a page and its fragments, a load test's
     * sixteen connections) each added the same attribute and the second failed on the primary key with a 500.
     */
    static final String CREATE_ATTRIBUTE = """
            INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            VALUES (?, ?, ?)
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
            """;

    private final Duration every;

    SessionTouch(@Value("${helituan.sessions.touch-every:PT1M}") Duration every) {
        this.every = every;
    }

    @Override
    public void customize(JdbcIndexedSessionRepository repository) {
        repository.setUpdateSessionQuery(UPDATE.replace("%d", Long.toString(every.toMillis())));
        repository.setCreateSessionAttributeQuery(CREATE_ATTRIBUTE);
    }
}
