package cn.helituan.web.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.util.ObjectUtils;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Says, in the reader's language, which parameters of an address could not be read and why, one line each:
 * "开始日期：abc 不是有效日期（如 2026-02-28）". The parameter's name is labelled by {@code param.<name>} (the raw
 * name when there is none); the reason follows from the type it should have been (a date, a month, a number, one
 * of a list of values) or, for a rule on a parameters object, from the rule's own message.
 */
final class BadParameters {

    private BadParameters() {
    }

    static List<String> describe(Exception e, MessageSource messages, Locale locale) {
        List<String> lines = new ArrayList<>();
        if (e instanceof BindException bind) {
            for (ObjectError error : bind.getAllErrors()) {
                if (error instanceof FieldError field) {
                    TypeMismatchException mismatch = field.contains(TypeMismatchException.class)
                            ? field.unwrap(TypeMismatchException.class) : null;
                    lines.add(mismatch != null
                            ? line(field.getField(), field.getRejectedValue(), mismatch.getRequiredType(), messages,
                                    locale)
                            : messages.getMessage("badParam.rule", new Object[] {label(field.getField(), messages,
                                    locale), messages.getMessage(field, locale)}, locale));
                } else {
                    lines.add(messages.getMessage(error, locale));
                }
            }
        } else if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            lines.add(line(mismatch.getName(), mismatch.getValue(), mismatch.getRequiredType(), messages, locale));
        } else if (e instanceof MissingServletRequestParameterException missing) {
            lines.add(messages.getMessage("badParam.missing",
                    new Object[] {label(missing.getParameterName(), messages, locale)}, locale));
        }
        return lines;
    }

    private static String line(String name, Object value, Class<?> type, MessageSource messages, Locale locale) {
        return messages.getMessage(reason(type), new Object[] {label(name, messages, locale), text(value)}, locale);
    }

    private static String reason(Class<?> type) {
        if (type == null) {
            return "badParam.value";
        }
        if (type == LocalDate.class || type == LocalDateTime.class) {
            return "badParam.date";
        }
        if (type == YearMonth.class) {
            return "badParam.month";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "badParam.number";
        }
        if (type.isEnum() || type == Boolean.class || type == boolean.class) {
            return "badParam.choice";
        }
        return "badParam.value";
    }

    private static String label(String name, MessageSource messages, Locale locale) {
        try {
            return messages.getMessage("param." + name, null, locale);
        } catch (NoSuchMessageException none) {
            return name;
        }
    }

    private static String text(Object value) {
        if (value instanceof Object[] values) {
            return values.length == 1 ? String.valueOf(values[0]) : ObjectUtils.nullSafeToString(values);
        }
        return String.valueOf(value);
    }
}
