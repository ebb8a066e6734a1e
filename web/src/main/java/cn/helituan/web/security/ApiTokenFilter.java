package cn.helituan.web.security;

import cn.helituan.domain.account.ApiTokenService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a data API request in as the account of its token ({@code Authorization: Bearer hlt_…}), for this request
 * only (nothing is kept in a session). A token that does not answer (unknown, revoked, its account disabled or
 * locked) is a 401 at once; a request without one goes on, so a signed-in browser session still reads the API
 * (once its password has been changed, as for the pages).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;
    private final UserDetailsService users;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith(BEARER)) {
            // a browser session still on a new or reset password reads nothing until it is changed, as the pages
            jakarta.servlet.http.HttpSession session = request.getSession(false);
            if (session != null && Boolean.TRUE.equals(session.getAttribute(PasswordChangeFilter.MUST_CHANGE))) {
                refuse(response, HttpServletResponse.SC_FORBIDDEN, "password_change_required");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        Optional<String> username = tokens.authenticate(header.substring(BEARER.length()).strip());
        if (username.isEmpty()) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "invalid_token");
            return;
        }
        UserDetails user = users.loadUserByUsername(username.get());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void refuse(HttpServletResponse response, int status, String error) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"" + error + "\"}");
    }
}
