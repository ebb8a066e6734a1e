package cn.helituan.web.security;

import cn.helituan.domain.account.LoginThrottle;
import cn.helituan.domain.audit.AuditKind;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sign-in's guard ({@link LoginThrottle}). Before the password is looked at, the attempt is counted against the
 * name typed (as a failure until it succeeds, so that parallel attempts each see their own count); from the fourth in
 * a row the image challenge ({@link LoginChallenge}) must have been passed, else {@code /login?challenge} — the same for
 * known and unknown names — and no password is checked. After a failure the address is counted and the answer waits
 * its delay. "Disabled" is said only after the right password. The request is matched as the login filter matches
 * it (the decoded path), so no spelling of {@code /login} reaches the filter without passing here.
 */
final class LoginGuard extends OncePerRequestFilter implements AuthenticationFailureHandler {

    private static final RequestMatcher LOGIN = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/login");
    private static final String FAILURES = LoginGuard.class.getName() + ".failures";

    private final LoginThrottle throttle;
    private final AuditTrail audit;

    LoginGuard(LoginThrottle throttle, AuditTrail audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !LOGIN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String name = request.getParameter("username");
        int before = throttle.attempt(name);
        boolean due = before >= LoginThrottle.CHALLENGE_AFTER || throttle.challenge(null, request.getRemoteAddr());
        if (due && !LoginChallenge.passed(request)) {
            audit.record(AuditKind.SIGN_IN_CHALLENGED, name, request, null);
            request.getSession().setAttribute(LoginChallenge.NAME, name);
            response.sendRedirect(request.getContextPath() + "/login?challenge");
            return;
        }
        request.setAttribute(FAILURES, before + 1);
        chain.doFilter(request, response);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        audit.record(AuditKind.SIGN_IN_FAILED, request.getParameter("username"), request,
                exception.getClass().getSimpleName());
        if (exception instanceof DisabledException) {
            response.sendRedirect(request.getContextPath() + "/login?disabled");
            return;
        }
        String name = request.getParameter("username");
        int failures = throttle.failedFrom(name, request.getRemoteAddr());
        try {
            Thread.sleep(LoginThrottle.delay(failures).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        request.getSession().setAttribute(LoginChallenge.NAME, name);
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
