package cn.helituan.web.common;

import cn.helituan.web.common.RequestLimits.Limit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request over one of Tomcat's limits ({@link RequestLimits}: a file or a form too large, too many parts or
 * parameters, a body that cannot be read as a form) is answered with the product's page saying which limit and how
 * to go back to the form ({@code error/limit}, 413 or 400), never Tomcat's own answer, and logged as a warning
 * without a stack trace.
 *
 * <p>Why a filter, before Spring Security's: Tomcat 11 reads the parameters when they are first asked for and, when
 * a limit trips, throws from {@code getParameter} — every later call throws again. The first to ask is Spring
 * Security's CSRF filter, and after it the locale interceptor, the error page, the controller: none of them could
 * answer. So this filter asks first ({@code getParameterMap}) and, when that throws, sends the request on to
 * {@link RequestLimitController} by a forward, wrapped so that it reads as a GET without a body whose only parameter
 * is the address's {@code lang}: Spring Security (which had not run), the menu, the locale and the layout then
 * work as on any page, for the same signed-in user; no controller of a feature is reached, nothing is saved. Tomcat
 * reads and drops the rest of a body over a size limit ({@code server.tomcat.max-swallow-size}), so the browser,
 * still sending, reads this page. The import's upload has its own answer, a redirect to its page
 * ({@code imports/UploadLimitFilter}, just before this one).
 */
@Component
@Order(RequestLimitFilter.ORDER)
class RequestLimitFilter extends OncePerRequestFilter {

    /** Just before Spring Security's filter chain (Spring Boot's default order for it: -100). */
    static final int ORDER = -101;
    /** The request attribute naming the request and the limit passed, read by {@link RequestLimitController}. */
    static final String ATTRIBUTE = RequestLimitFilter.class.getName() + ".limit";

    private static final Logger log = LoggerFactory.getLogger(RequestLimitFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Limit limit = probe(request);
        if (limit == null) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(ATTRIBUTE, new RequestOverLimit(request.getMethod(),
                request.getRequestURI().substring(request.getContextPath().length()), request.getRemoteAddr(),
                limit.status().value(), limit));
        response.resetBuffer();
        request.getRequestDispatcher(RequestLimitController.PATH).forward(new Refused(request), response);
    }

    /** The limit the request passed, logged; null when its parameters read. */
    private static Limit probe(HttpServletRequest request) {
        try {
            request.getParameterMap();
            return null;
        } catch (IllegalStateException e) {
            Limit limit = Limit.of(e);
            // Tomcat's messages on the limits carry figures only; other refusals (a bad encoding) may quote what
            // was sent, so only their kind is logged
            log.warn("{} {} refused: {} ({})", request.getMethod(), request.getRequestURI(), limit,
                    limit == Limit.UNREADABLE ? innermost(e).getClass().getName() : e.getMessage());
            return limit;
        }
    }

    private static Throwable innermost(Throwable e) {
        Throwable inner = e;
        for (int depth = 0; inner.getCause() != null && inner.getCause() != inner && depth < 20; depth++) {
            inner = inner.getCause();
        }
        return inner;
    }

    /**
     * The refused request as the page sees it: a GET without a body, whose only parameter is the address's
     * {@code lang} (the page's language); its own parameters are never read again.
     */
    static final class Refused extends HttpServletRequestWrapper {

        private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?");
        /** The address's pairs looked at for {@code lang}: an address of thousands of parameters is not read. */
        private static final int MAX_PAIRS = 100;

        private final Map<String, String[]> parameters;

        Refused(HttpServletRequest request) {
            super(request);
            String lang = lang(request.getQueryString());
            this.parameters = lang == null ? Map.of() : Map.of("lang", new String[] {lang});
        }

        static String lang(String query) {
            if (query == null) {
                return null;
            }
            String[] pairs = query.split("&", MAX_PAIRS + 1);
            for (int i = 0; i < Math.min(pairs.length, MAX_PAIRS); i++) {
                if (pairs[i].startsWith("lang=")) {
                    try {
                        String value = URLDecoder.decode(pairs[i].substring(5), StandardCharsets.UTF_8);
                        return LANGUAGE.matcher(value).matches() ? value : null;
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                }
            }
            return null;
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return -1;
        }

        @Override
        public long getContentLengthLong() {
            return -1;
        }

        @Override
        public String getHeader(String name) {
            return bodyHeader(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return bodyHeader(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        private static boolean bodyHeader(String name) {
            return "Content-Type".equalsIgnoreCase(name) || "Content-Length".equalsIgnoreCase(name)
                    || "Transfer-Encoding".equalsIgnoreCase(name);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
