package cn.helituan.web.common;

import cn.helituan.domain.common.ConcurrentEditException;
import cn.helituan.domain.common.RuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a form's action and turns what can go wrong into messages on the same form, keeping the user's input:
 * a broken rule becomes a field error, a concurrent edit becomes a form error with status 409.
 */
public final class Forms {

    private Forms() {
    }

    public static String submit(BindingResult result, HttpServletResponse response, String formView,
                                Supplier<String> action) {
        if (result.hasErrors()) {
            return formView;
        }
        try {
            return action.get();
        } catch (RuleViolation violation) {
            reject(result, violation);
            return formView;
        } catch (ConcurrentEditException | OptimisticLockingFailureException e) {
            result.reject("concurrent.edit");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return formView;
        } catch (DataIntegrityViolationException e) {
            // another request saved the same unique thing (a code, an active term) between our check and our insert
            result.reject("concurrent.duplicate");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return formView;
        }
    }

    /**
     * For pages whose refused form answers 422 rather than 200 (the evaluation's, the notification's): a form shown
     * again with its errors gets 422; a stale one keeps the 409 that {@link #submit} set.
     */
    public static void markRefused(BindingResult result, HttpServletResponse response) {
        if (result.hasErrors() && response.getStatus() < HttpServletResponse.SC_BAD_REQUEST) {
            response.setStatus(422);
        }
    }

    public static void reject(BindingResult result, RuleViolation violation) {
        String field = violation.field();
        // a property path, indexed or keyed too ("weights[TASKS]"): the message goes under that field
        if (field != null && result.getTarget() != null
                && new org.springframework.beans.BeanWrapperImpl(result.getTarget()).isReadableProperty(field)) {
            result.rejectValue(field, violation.messageKey(), violation.args(), null);
        } else {
            result.reject(violation.messageKey(), violation.args(), null);
        }
    }

    /**
     * A button's action (archive, end, leave…) followed by a redirect: on success the {@code successKey} flash and
     * {@code successUrl}; when a rule refuses it, the rule's message and {@code failureUrl}; when somebody changed
     * the record meanwhile, {@code concurrent.edit} and {@code failureUrl}.
     */
    public static String redirectAfter(RedirectAttributes redirect, Runnable action, String successKey,
                                       String successUrl, String failureUrl) {
        try {
            action.run();
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("failure", violation.messageKey());
            redirect.addFlashAttribute("failureArgs", violation.args());
            return "redirect:" + failureUrl;
        } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("failure", "concurrent.edit");
            return "redirect:" + failureUrl;
        }
        redirect.addFlashAttribute("success", successKey);
        return "redirect:" + successUrl;
    }
}
