package cn.helituan.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** After login with a new or reset password, every page leads to the password change until it is done. */
public class PasswordChangeFilter extends OncePerRequestFilter {

    public static final String MUST_CHANGE = "helituan.mustChangePassword";
    static final String CHANGE_URL = "/account/password";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE))
                && !path.equals(CHANGE_URL) && !path.equals("/logout") && !isAsset(path)
                // the second factor comes first: the change page itself asks for it
                && !path.startsWith(SecondFactorController.PATH)) {
            response.sendRedirect(request.getContextPath() + CHANGE_URL);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isAsset(String path) {
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/error");
    }
}
