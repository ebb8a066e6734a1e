package cn.helituan.web.imports;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * An upload to {@code POST /imports} past the multipart limits ({@code spring.servlet.multipart.max-file-size},
 * {@code max-request-size}) comes back to the import page with {@code import.file.tooLargeUpload}, not an error page.
 *
 * <p>Why a filter, before Spring Security's: the limit trips where the multipart body is first parsed — Tomcat then
 * throws from {@code getParameter}, again at every call, before any controller or {@code @ControllerAdvice} could
 * answer. So this filter reads the parameters first, as {@code common/RequestLimitFilter} (just after it) does for
 * every other request and limit, which answers with the limit's page. Tomcat swallows the rest of the body
 * ({@code server.tomcat.max-swallow-size}) so that the browser, still sending, reads the redirect instead of a reset
 * connection. The message is kept as a flash attribute only when the user already has a session.
 */
@Component
@Order(UploadLimitFilter.ORDER)
class UploadLimitFilter extends OncePerRequestFilter {

    /** Before the common answer to every limit ({@code RequestLimitFilter}, -101) and Spring Security's (-100). */
    static final int ORDER = -102;

    private static final Logger log = LoggerFactory.getLogger(UploadLimitFilter.class);
    private static final String PATH = "/imports";
    /** Tomcat's fileupload's base of the size limit exceptions (the file's, the request's). */
    private static final String TOMCAT_SIZE_EXCEPTION = "org.apache.tomcat.util.http.fileupload.impl.SizeException";

    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (IllegalStateException e) {
            if (tooLarge(e) && !response.isCommitted()) {
                log.warn("import upload refused, over the multipart limits: {}", e.getMessage());
                response.resetBuffer();
                if (request.getSession(false) != null) {
                    FlashMap flash = new FlashMap();
                    flash.put("failure", "import.file.tooLargeUpload");
                    flash.setTargetRequestPath(request.getContextPath() + PATH);
                    flashMaps.saveOutputFlashMap(flash, request, response);
                }
                response.sendRedirect(request.getContextPath() + PATH);
                return;
            }
            // another limit (too many parts): the common answer, RequestLimitFilter, reads the same failure
        }
        chain.doFilter(request, response);
    }

    /** Whether the exception or one of its causes is a multipart size limit tripped. */
    static boolean tooLarge(Throwable e) {
        for (int depth = 0; e != null && depth < 20; e = e.getCause(), depth++) {
            if (e instanceof MaxUploadSizeExceededException) {
                return true;
            }
            for (Class<?> type = e.getClass(); type != null; type = type.getSuperclass()) {
                if (type.getName().equals(TOMCAT_SIZE_EXCEPTION)) {
                    return true;
                }
            }
        }
        return false;
    }
}
