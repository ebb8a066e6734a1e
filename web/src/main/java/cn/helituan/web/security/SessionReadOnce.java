package cn.helituan.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.annotation.Order;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Session read a page's session from the database twice: a view's flush of the response commits the session
 * (saves it, and forgets the session it had read), and the filter commits it again at the end of the request, reading
 * it afresh first — a statement and the deserialization of the signed-in user for nothing on every page (issue 25).
 * This filter, just outside Spring Session's, keeps for the rest of the request the sessions a commit has saved, and
 * the repository (wrapped by {@link Wrapping}) answers a later look-up of the same id with the one kept: what the row
 * holds — unless another request of the same session saved in between, and then the second commit would not write
 * anything either (a session read afresh has nothing to save). A deleted session (sign-out, expiry) is forgotten.
 * Outside a request (jobs, tests calling the repository) nothing is kept.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER - 10)
class SessionReadOnce extends OncePerRequestFilter {

    private static final ThreadLocal<Map<String, Session>> SAVED = new ThreadLocal<>();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAVED.get() != null) {
            chain.doFilter(request, response);
            return;
        }
        SAVED.set(new HashMap<>(4));
        try {
            chain.doFilter(request, response);
        } finally {
            SAVED.remove();
        }
    }

    /** The session repository's look-ups, saves and deletes within a request. */
    static Object around(MethodInvocation call) throws Throwable {
        Map<String, Session> saved = SAVED.get();
        if (saved == null) {
            return call.proceed();
        }
        Object[] args = call.getArguments();
        switch (call.getMethod().getName()) {
            case "findById" -> {
                Session kept = saved.get((String) args[0]);
                return kept != null ? kept : call.proceed();
            }
            case "save" -> {
                Object result = call.proceed();
                Session session = (Session) args[0];
                saved.values().removeIf(s -> s == session);   // under its old id, if the id changed (sign-in)
                saved.put(session.getId(), session);
                return result;
            }
            case "deleteById" -> {
                saved.remove((String) args[0]);
                return call.proceed();
            }
            default -> {
                return call.proceed();
            }
        }
    }

    /** Wraps Spring Session's JDBC repository (its own class, so whatever asks for that type gets it). */
    @Component
    static class Wrapping implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof JdbcIndexedSessionRepository repository) {
                ProxyFactory proxy = new ProxyFactory(repository);
                proxy.setProxyTargetClass(true);
                proxy.addAdvice((MethodInterceptor) SessionReadOnce::around);
                return proxy.getProxy(repository.getClass().getClassLoader());
            }
            return bean;
        }
    }
}
