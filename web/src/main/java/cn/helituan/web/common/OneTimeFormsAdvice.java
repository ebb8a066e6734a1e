package cn.helituan.web.common;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The answers of {@link OneTimeForms}: a repeated submission goes to its record, a foreign key is a 400. */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class OneTimeFormsAdvice {

    @ExceptionHandler(OneTimeForms.AlreadySaved.class)
    String alreadySaved(OneTimeForms.AlreadySaved saved, RedirectAttributes redirect) {
        redirect.addFlashAttribute("success", "flash.form.alreadySaved");
        return "redirect:" + saved.page();
    }

    @ExceptionHandler(FormKey.Invalid.class)
    String invalidKey(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("messageKey", "form.key.invalid");
        return "error/422";
    }
}
