package cn.helituan.web.api;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The data API's errors as JSON, never an HTML page: {"error": "not_found" | "forbidden" | "bad_request" |
 * "method_not_allowed" | "failure", "field": …, "message": … in the caller's language}.
 */
@RestControllerAdvice(basePackageClasses = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final MessageSource messages;

    record ErrorJson(String error, String field, String message) {
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ErrorJson> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ErrorJson("not_found", null, null));
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ResponseEntity<ErrorJson> forbidden() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ErrorJson("forbidden", null, null));
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ErrorJson> badRequest(RuleViolation violation) {
        return ResponseEntity.badRequest().body(new ErrorJson("bad_request", violation.field(), messages.getMessage(
                violation.messageKey(), violation.args(), violation.messageKey(), LocaleContextHolder.getLocale())));
    }

    /** A parameter that cannot be read (?page=abc, ?period=WEEK, ?status=FOO). */
    @ExceptionHandler({TypeMismatchException.class, BindException.class})
    ResponseEntity<ErrorJson> unreadable(Exception e) {
        String field = e instanceof TypeMismatchException t ? t.getPropertyName()
                : e instanceof BindException b && b.getFieldError() != null ? b.getFieldError().getField() : null;
        return ResponseEntity.badRequest().body(new ErrorJson("bad_request", field, messages.getMessage(
                "api.badParameter", null, "bad parameter", LocaleContextHolder.getLocale())));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ErrorJson> methodNotAllowed() {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .body(new ErrorJson("method_not_allowed", null, null));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorJson> failure(Exception e) {
        log.error("unexpected API failure", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(new ErrorJson("failure", null, null));
    }
}
