package cn.helituan.web.security;

import cn.helituan.web.common.LiveSessions;
import jakarta.servlet.http.HttpSession;
import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The sessions of every application instance, in the database (Spring Session JDBC, V65): Spring Session's registry,
 * which finds an account's sessions by the principal's name and ends one by marking it in the store (its next request,
 * through any instance, meets {@code ConcurrentSessionFilter}), plus the one thing it cannot do — list every signed-in
 * session — as one query over {@code spring_session} (the marked ones left out). Expiry is Spring Session's, on the
 * system's time (not the application's clock, which tests set).
 *
 * <p>{@code ConcurrentSessionFilter} asks on every request whether the request's own session was ended: that answer
 * comes from the session Spring Session has just read for the request (the mark is one of its attributes), not from a
 * second read of the same rows (issue 25).
 */
class SharedSessionRegistry<S extends Session> extends SpringSessionBackedSessionRegistry<S> implements LiveSessions {

    /** The attribute Spring Session's registry sets on a session it ends (its {@code SessionInformation}'s). */
    static final String EXPIRED = "org.springframework.session.security.SpringSessionBackedSessionInformation.EXPIRED";

    private final JdbcTemplate jdbc;

    SharedSessionRegistry(FindByIndexNameSessionRepository<S> repository, JdbcTemplate jdbc) {
        super(repository);
        this.jdbc = jdbc;
    }

    @Override
    public SessionInformation getSessionInformation(String sessionId) {
        HttpSession current = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getSession(false) : null;
        if (current == null || !current.getId().equals(sessionId)) {
            return super.getSessionInformation(sessionId);
        }
        Object principal = current.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context && context.getAuthentication() != null
                ? context.getAuthentication().getName() : "";
        SessionInformation information = new CurrentSessionInformation(principal, current);
        if (Boolean.TRUE.equals(current.getAttribute(EXPIRED))) {
            information.expireNow();
        }
        return information;
    }

    /**
     * Every session of the principal but the request's own. Spring's limit per account
     * ({@code ConcurrentSessionControlAuthenticationStrategy}) ends the least recently used sessions beyond the limit,
     * counting them from this list: when a browser signed in already signs in again while the account has another live
     * session, its own session was among those ended — the sign-in ended itself. A browser's own session is not another
     * session: it goes on under its new id, and the others end as the limit says. Only that strategy reads this list
     * (在线会话 and the ends on a password change read {@link #live}).
     */
    @Override
    public List<SessionInformation> getAllSessions(Object principal, boolean includeExpiredSessions) {
        return withoutOwn(super.getAllSessions(principal, includeExpiredSessions));
    }

    /** The sessions but the current request's own (a new list: the strategy sorts it in place). */
    static List<SessionInformation> withoutOwn(List<SessionInformation> all) {
        List<SessionInformation> sessions = new java.util.ArrayList<>(all);
        HttpSession own = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getSession(false) : null;
        if (own != null) {
            sessions.removeIf(s -> s.getSessionId().equals(own.getId()));
        }
        return sessions;
    }

    @Override
    public List<Object> getAllPrincipals() {
        return jdbc.queryForList("select distinct principal_name from spring_session where principal_name is not null"
                + " and expiry_time > ?", Object.class, System.currentTimeMillis());
    }

    @Override
    public List<SessionInformation> live() {
        return query(null);
    }

    @Override
    public List<SessionInformation> live(String username) {
        return query(username);
    }

    private List<SessionInformation> query(String username) {
        String sql = """
                select s.session_id, s.principal_name, s.last_access_time from spring_session s
                where s.principal_name is not null and s.expiry_time > ?
                  and not exists (select 1 from spring_session_attributes a
                                  where a.session_primary_id = s.primary_id and a.attribute_name = ?)""";
        Object[] args = username == null ? new Object[] {System.currentTimeMillis(), EXPIRED}
                : new Object[] {System.currentTimeMillis(), EXPIRED, username};
        return jdbc.query(username == null ? sql : sql + " and lower(s.principal_name) = lower(?)",
                (rs, i) -> new SessionInformation(rs.getString(2), rs.getString(1).strip(),
                        Date.from(new Timestamp(rs.getLong(3)).toInstant())), args);
    }

    /** The request's own session: ended by marking it where it is kept, as Spring Session's registry does. */
    private static final class CurrentSessionInformation extends SessionInformation {

        @java.io.Serial
        private static final long serialVersionUID = 1L;

        private final transient HttpSession session;

        CurrentSessionInformation(Object principal, HttpSession session) {
            super(principal, session.getId(), new Date(session.getLastAccessedTime()));
            this.session = session;
        }

        @Override
        public void expireNow() {
            super.expireNow();
            if (!Boolean.TRUE.equals(session.getAttribute(EXPIRED))) {
                session.setAttribute(EXPIRED, Boolean.TRUE);
            }
        }
    }
}
