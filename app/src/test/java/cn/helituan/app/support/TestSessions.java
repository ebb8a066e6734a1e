package cn.helituan.app.support;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * How MockMvc tests carry a session now that sessions live in the database (Spring Session JDBC): a test's
 * {@link MockHttpSession} ({@code .session(s)}, {@code result.getRequest().getSession(false)}) holds the id of the
 * database's session, and a request carrying it goes on in that session; without one, the cookie decides as in the
 * application. What MockMvc itself puts in the test's session ({@code flashAttrs}: the flash maps) is moved into the
 * database's session before the request reads it. Only the transport is the test's: the session itself is read and
 * written by Spring Session in PostgreSQL.
 */
public final class TestSessions {

    static final String ID = TestSessions.class.getName() + ".id";

    private TestSessions() {
    }

    /** An attribute of the database's session that the test's session names (null without one). */
    public static Object attribute(SessionRepository<? extends Session> sessions, MockHttpSession session,
                                   String name) {
        Session kept = session.getAttribute(ID) instanceof String id ? sessions.findById(id) : null;
        return kept == null ? null : kept.getAttribute(name);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @SuppressWarnings({"rawtypes", "unchecked"})
        HttpSessionIdResolver testSessionIdResolver(
                org.springframework.beans.factory.ObjectProvider<SessionRepository<? extends Session>> sessions) {
            return new Resolver((org.springframework.beans.factory.ObjectProvider) sessions);
        }
    }

    static final class Resolver implements HttpSessionIdResolver {

        private final CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();
        private final org.springframework.beans.factory.ObjectProvider<SessionRepository<Session>> sessions;

        Resolver(org.springframework.beans.factory.ObjectProvider<SessionRepository<Session>> sessions) {
            this.sessions = sessions;
        }

        @Override
        public List<String> resolveSessionIds(HttpServletRequest request) {
            HttpSession mock = mock(request) == null ? null : mock(request).getSession(false);
            if (mock == null) {
                return cookies.resolveSessionIds(request);
            }
            List<String> names = java.util.Collections.list(mock.getAttributeNames()).stream()
                    .filter(n -> !n.equals(ID)).toList();
            if (!names.isEmpty()) {
                SessionRepository<Session> repository = sessions.getObject();
                Session kept = mock.getAttribute(ID) instanceof String id ? repository.findById(id) : null;
                if (kept == null) {
                    kept = repository.createSession();
                }
                for (String name : names) {
                    kept.setAttribute(name, mock.getAttribute(name));
                    mock.removeAttribute(name);
                }
                repository.save(kept);
                mock.setAttribute(ID, kept.getId());
            }
            return mock.getAttribute(ID) instanceof String id ? List.of(id) : cookies.resolveSessionIds(request);
        }

        @Override
        public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
            cookies.setSessionId(request, response, sessionId);
            MockHttpServletRequest mock = mock(request);
            if (mock != null) {
                mock.getSession(true).setAttribute(ID, sessionId);
            }
        }

        @Override
        public void expireSession(HttpServletRequest request, HttpServletResponse response) {
            cookies.expireSession(request, response);
            MockHttpServletRequest mock = mock(request);
            HttpSession session = mock == null ? null : mock.getSession(false);
            if (session != null) {
                session.removeAttribute(ID);
            }
        }

        private static MockHttpServletRequest mock(ServletRequest request) {
            ServletRequest current = request;
            while (current instanceof ServletRequestWrapper wrapper && !(current instanceof MockHttpServletRequest)) {
                current = wrapper.getRequest();
            }
            return current instanceof MockHttpServletRequest mock ? mock : null;
        }
    }
}
