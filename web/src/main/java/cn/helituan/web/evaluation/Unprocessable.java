package cn.helituan.web.evaluation;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.validation.BindingResult;

/** The evaluation's pages answer a form shown again with its errors with 422 (a stale one: 409, set by Forms). */
final class Unprocessable {

    private Unprocessable() {
    }

    static void mark(BindingResult result, HttpServletResponse response) {
        if (result.hasErrors() && response.getStatus() < 400) {
            response.setStatus(422);
        }
    }
}
