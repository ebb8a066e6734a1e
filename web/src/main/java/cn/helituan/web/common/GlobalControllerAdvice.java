package cn.helituan.web.common;

import cn.helituan.domain.common.ConcurrentEditException;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.beans.PropertyEditorSupport;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps failures to pages in the layout: not found (or out of scope) → 404, not allowed → 403, concurrent edit or
 * integrity conflict → 409, an unreadable parameter → 400 naming it, a multipart body over a limit → the limit's page
 * (413), anything else → 500 without a stack trace. Trims every bound string, blank to null.
 */
@ControllerAdvice
class GlobalControllerAdvice {

    private static final Logger log = LoggerFactory.getLogger(GlobalControllerAdvice.class);

    private final MessageSource messages;
    private final RequestLimits limits;

    GlobalControllerAdvice(MessageSource messages, RequestLimits limits) {
        this.messages = messages;
        this.limits = limits;
    }

    @InitBinder
    void trimStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StripWhitespace());
    }

    /**
     * Strips leading and trailing whitespace, the full-width space (U+3000) included, and turns blank into null;
     * spaces and line breaks inside the text stay ({@code StringTrimmerEditor}'s "chars to delete" would remove them
     * everywhere).
     */
    private static final class StripWhitespace extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            String value = text == null ? null : text.strip();
            setValue(value == null || value.isEmpty() ? null : value);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    /** Links that switch the language and stay on the same page. */
    @ModelAttribute
    void languageLinks(HttpServletRequest request, Model model) {
        model.addAttribute("langZhUrl", Links.sameRequest(request).replaceQueryParam("lang", "zh-CN")
                .build().toUriString());
        model.addAttribute("langEnUrl", Links.sameRequest(request).replaceQueryParam("lang", "en")
                .build().toUriString());
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class, TypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "error/403";
    }

    @ExceptionHandler({ConcurrentEditException.class, OptimisticLockingFailureException.class,
        DataIntegrityViolationException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(Exception e) {
        log.info("conflict: {}", e.getMessage());
        return "error/409";
    }

    @ExceptionHandler(RuleViolation.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    String ruleViolation(RuleViolation violation, Model model) {
        model.addAttribute("messageKey", violation.messageKey());
        model.addAttribute("messageArgs", violation.args());
        return "error/422";
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest() {
        return "error/400";
    }

    /**
     * An address whose parameters cannot be read ({@code /activities?from=abc}, {@code ?page=x}, {@code ?status=NO}):
     * 400, each parameter's label and why on the page ({@link BadParameters}). An unreadable id in the path
     * ({@code /activities/abc}) names no record: 404.
     */
    @ExceptionHandler({BindException.class, MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class})
    String badParameter(Exception e, Locale locale, HttpServletResponse response, Model model) {
        if (e instanceof MethodArgumentTypeMismatchException mismatch
                && mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "error/404";
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("problems", BadParameters.describe(e, messages, locale));
        return "error/400";
    }

    /**
     * A multipart body Spring could not read past a limit: {@link RequestLimitFilter} answers these before any
     * controller, so this is the answer should one reach Spring MVC all the same — the import's upload back to its
     * page with why (as {@code imports/UploadLimitFilter}), any other form the page of the limit passed.
     */
    @ExceptionHandler(MultipartException.class)
    String uploadTooLarge(MultipartException e, HttpServletRequest request, HttpServletResponse response,
                          Locale locale, Model model, RedirectAttributes redirect) {
        RequestLimits.Limit limit = RequestLimits.Limit.of(e);
        if (limit == RequestLimits.Limit.UNREADABLE && e instanceof MaxUploadSizeExceededException) {
            limit = RequestLimits.Limit.REQUEST_SIZE;
        }
        log.warn("{} {} refused: {} ({})", request.getMethod(), request.getRequestURI(), limit, e.getMessage());
        if (limit != RequestLimits.Limit.UNREADABLE && "POST".equals(request.getMethod())
                && "/imports".equals(request.getRequestURI().substring(request.getContextPath().length()))) {
            redirect.addFlashAttribute("failure", "import.file.tooLargeUpload");
            return "redirect:/imports";
        }
        return RequestLimitController.page(limit, limits, request, response, locale, model);
    }

    @ExceptionHandler(Exception.class)
    @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
    String failure(Exception e) {
        log.error("unexpected failure", e);
        return "error/500";
    }
}
