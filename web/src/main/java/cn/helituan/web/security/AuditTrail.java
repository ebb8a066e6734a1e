package cn.helituan.web.security;

import cn.helituan.domain.account.SecondFactorService.SecondFactorChanged;
import cn.helituan.domain.audit.AuditEvent;
import cn.helituan.domain.audit.AuditKind;
import cn.helituan.domain.audit.AuditService;
import cn.helituan.web.common.RequestOverLimit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Writes the security log ({@link AuditService}): the sign-in steps from Spring Security's events and from the
 * sign-in's own guards, and — as a handler interceptor — every request that changes something (any method but GET,
 * HEAD and OPTIONS) with who sent it, from where, the endpoint, the path with its ids and the answer's status. A log
 * that cannot be written is itself logged as an error, never the user's action undone.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AuditTrail implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final AuditService audit;

    /** A sign-in step seen in a request (the guards, the second factor). */
    void record(AuditKind kind, String username, HttpServletRequest request, String detail) {
        write(new AuditEvent(kind, username, request == null ? null : request.getRemoteAddr(),
                request == null ? null : request.getMethod() + " " + path(request), null, null, detail));
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        if (authentication instanceof UsernamePasswordAuthenticationToken) {
            write(AuditEvent.of(AuditKind.SIGNED_IN, authentication.getName(), address(authentication), "password"));
        }
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        write(AuditEvent.of(AuditKind.SIGNED_OUT, event.getAuthentication().getName(),
                address(event.getAuthentication()), null));
    }

    @EventListener
    void sessionEnded(HttpSessionDestroyedEvent event) {
        for (SecurityContext context : event.getSecurityContexts()) {
            Authentication authentication = context.getAuthentication();
            if (authentication != null) {
                write(AuditEvent.of(AuditKind.SESSION_ENDED, authentication.getName(), address(authentication),
                        null));
            }
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void secondFactorChanged(SecondFactorChanged event) {
        AuditKind kind = switch (event.kind()) {
            case ENROLLED -> AuditKind.SECOND_FACTOR_ENROLLED;
            case RESET -> AuditKind.SECOND_FACTOR_RESET;
            case RECOVERY_CODE_USED -> AuditKind.RECOVERY_CODE_USED;
        };
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest() : null;
        Authentication actor = SecurityContextHolder.getContext().getAuthentication();
        // the reset is the admin's act on another account: the actor is who, the account what
        write(new AuditEvent(kind, actor == null ? event.username() : actor.getName(),
                request == null ? null : request.getRemoteAddr(), null, event.username(), "OK", null));
    }

    /**
     * A write the security configuration refused before any controller saw it (a role's page, the org admin at the
     * log): logged with 403. Reads refused are not (a missing second factor refuses every page until it is given).
     */
    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        if (event.getObject() instanceof HttpServletRequest request && !"GET".equals(request.getMethod())
                && !"HEAD".equals(request.getMethod()) && !"OPTIONS".equals(request.getMethod())) {
            Authentication user = event.getAuthentication().get();
            write(new AuditEvent(AuditKind.WRITE, user == null ? null : user.getName(), request.getRemoteAddr(),
                    request.getMethod() + " " + path(request), path(request), "403", "refused by the security rules"));
        }
    }

    /**
     * The answer to a form whose CSRF token is missing or wrong (Spring Security's {@code CsrfFilter} answers it
     * before any rule or controller sees the request): logged as a refused write, then the usual 403.
     */
    AccessDeniedHandler csrfRefusals() {
        AccessDeniedHandler refuse = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            write(new AuditEvent(AuditKind.WRITE, user == null ? null : user.getName(), request.getRemoteAddr(),
                    request.getMethod() + " " + path(request), path(request), "403", "CSRF token refused"));
            refuse.handle(request, response, denied);
        };
    }

    /**
     * A write refused over one of the server's limits before any rule or controller saw it (too many fields, a file
     * too large: {@code common/RequestLimitFilter}), logged with its status and the limit when its page is shown.
     */
    @EventListener
    void overLimit(RequestOverLimit refused) {
        String method = refused.method();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return;
        }
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        write(new AuditEvent(AuditKind.WRITE, user == null ? null : user.getName(), refused.address(),
                method + " " + refused.path(), refused.path(), Integer.toString(refused.status()),
                "refused over a limit: " + refused.limit()));
    }

    /** Every write that reached a controller, with its answer. */
    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return;
        }
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String detail = handler instanceof HandlerMethod h
                ? h.getBeanType().getSimpleName() + "." + h.getMethod().getName() : null;
        int status = ex != null && response.getStatus() < 400 ? 500 : response.getStatus();
        write(new AuditEvent(AuditKind.WRITE, user == null ? null : user.getName(), request.getRemoteAddr(),
                method + " " + (pattern == null ? path(request) : pattern), path(request), Integer.toString(status),
                detail));
    }

    private void write(AuditEvent event) {
        try {
            audit.record(event);
        } catch (RuntimeException e) {
            log.error("the security log could not be written: {}", event, e);
        }
    }

    private static String path(HttpServletRequest request) {
        String query = request.getQueryString();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return query == null ? path : path + "?" + query;
    }

    private static String address(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest().getRemoteAddr() : null;
    }
}
