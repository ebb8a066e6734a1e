package cn.helituan.web.security;

import cn.helituan.domain.account.LoginThrottle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sign-in's guard ({@link LoginThrottle}): before the password is looked at, a name or address with three recent
 * failures must have passed the image challenge ({@link LoginChallenge}) — else the same "wrong name or password"
 * answer, no password checked; after a failure, the count goes up and the answer waits its delay. Known and unknown
 * names are answered alike: "disabled" is said only after the right password.
 */
final class LoginGuard extends OncePerRequestFilter implements AuthenticationFailureHandler {

    private final LoginThrottle throttle;

    LoginGuard(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String name = request.getParameter("username");
        if (throttle.challenge(name, request.getRemoteAddr()) && !LoginChallenge.passed(request)) {
            request.getSession().setAttribute(LoginChallenge.NAME, name);
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        if (exception instanceof DisabledException) {
            response.sendRedirect(request.getContextPath() + "/login?disabled");
            return;
        }
        String name = request.getParameter("username");
        int failures = throttle.failed(name, request.getRemoteAddr());
        try {
            Thread.sleep(LoginThrottle.delay(failures).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        request.getSession().setAttribute(LoginChallenge.NAME, name);
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
