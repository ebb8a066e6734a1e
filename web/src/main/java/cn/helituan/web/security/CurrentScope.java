package cn.helituan.web.security;

import cn.helituan.domain.account.AccountService;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.Scope;
import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives a controller method the signed-in user's {@link Scope}, read once per request. */
@Component
@RequiredArgsConstructor
public class CurrentScope implements HandlerMethodArgumentResolver {

    private static final String ATTRIBUTE = CurrentScope.class.getName();

    private final AccountService accounts;

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Scope.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        HttpServletRequest servlet = request.getNativeRequest(HttpServletRequest.class);
        Scope scope = of(servlet);
        if (scope == null) {
            throw new ForbiddenException("no account");
        }
        return scope;
    }

    /**
     * The signed-in user's scope for this request (read once, kept in the request), or null when nobody with an
     * account is signed in: for what the layout shows outside a controller (the to-do badge).
     */
    public Scope of(HttpServletRequest servlet) {
        Object cached = servlet == null ? null : servlet.getAttribute(ATTRIBUTE);
        if (cached instanceof Scope scope) {
            return scope;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            throw new ForbiddenException("anonymous");
        }
        Scope scope = accounts.scopeOf(auth.getName()).orElse(null);
        if (servlet != null && scope != null) {
            servlet.setAttribute(ATTRIBUTE, scope);
        }
        return scope;
    }
}
