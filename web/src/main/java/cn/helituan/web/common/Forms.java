package cn.helituan.web.common;

import cn.helituan.domain.common.ConcurrentEditException;
import cn.helituan.domain.common.RuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

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

    public static void reject(BindingResult result, RuleViolation violation) {
        String field = violation.field();
        if (field != null && result.getTarget() != null
                && org.springframework.beans.BeanUtils.getPropertyDescriptor(result.getTarget().getClass(), field)
                != null) {
            result.rejectValue(field, violation.messageKey(), violation.args(), null);
        } else {
            result.reject(violation.messageKey(), violation.args(), null);
        }
    }
}
