package cn.helituan.web.common;

import cn.helituan.domain.common.OneTimeSubmissions;
import cn.helituan.domain.common.OneTimeSubmissions.Submission;
import cn.helituan.domain.common.Scope;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Create forms saved once per key. The form shows {@code fragments/forms :: formKey} (a fresh key from
 * {@link #fresh()} when shown, the posted one when shown again with its errors, so the corrected form saves once);
 * its controller takes a {@link FormKey} argument (resolved here) and wraps the creating call in
 * {@link FormKey#create}. The second submission of the key does not run the call: {@link AlreadySaved} redirects to
 * the page of the record the first saved, with {@code flash.form.alreadySaved} ({@code OneTimeFormsAdvice}).
 */
@Component
@RequiredArgsConstructor
public class OneTimeForms implements HandlerMethodArgumentResolver {

    private final OneTimeSubmissions submissions;

    /** A new key, for a form being shown ({@code @oneTimeForms.fresh()} in the fragment). */
    public String fresh() {
        return UUID.randomUUID().toString();
    }

    long create(Scope scope, FormKey key, String form, LongFunction<String> page, Supplier<Long> create) {
        if (!key.present()) {
            return create.get();
        }
        Submission submission = submissions.submit(scope, key.value(), form, create);
        return switch (submission.outcome()) {
            case SAVED -> submission.recordId();
            case REPEATED -> throw new AlreadySaved(page.apply(submission.recordId()));
            case FOREIGN -> throw new FormKey.Invalid();
        };
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == FormKey.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        return FormKey.parse(request.getNativeRequest(HttpServletRequest.class).getParameter(FormKey.PARAMETER), this);
    }

    /** The key saved its record before: the answer is that record's page. */
    static class AlreadySaved extends RuntimeException {
        private final transient String page;

        AlreadySaved(String page) {
            super("already saved: " + page);
            this.page = page;
        }

        String page() {
            return page;
        }
    }
}
