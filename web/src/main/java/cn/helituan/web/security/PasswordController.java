package cn.helituan.web.security;

import cn.helituan.domain.account.AccountService;
import cn.helituan.domain.account.LoginThrottle;
import cn.helituan.web.common.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.security.Principal;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every user changes their own password here; after a new or reset password they are sent here first. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PasswordController {

    private static final String FORM = "account/password";

    private final AccountService accounts;
    private final LoginThrottle throttle;

    @GetMapping("/account/password")
    String form(Model model, HttpSession session) {
        model.addAttribute("passwordForm", new PasswordForm());
        model.addAttribute("forced", Boolean.TRUE.equals(session.getAttribute(PasswordChangeFilter.MUST_CHANGE)));
        return FORM;
    }

    @PostMapping("/account/password")
    String change(Principal principal, @Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
                  Model model, HttpSession session, HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("forced", Boolean.TRUE.equals(session.getAttribute(PasswordChangeFilter.MUST_CHANGE)));
        if (!result.hasFieldErrors("newPassword") && form.getNewPassword() != null
                && !form.getNewPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "password.mismatch");
        }
        String view = Forms.submit(result, response, FORM, () -> {
            accounts.changeOwnPassword(principal.getName(), form.getCurrentPassword(), form.getNewPassword());
            session.removeAttribute(PasswordChangeFilter.MUST_CHANGE);
            redirect.addFlashAttribute("success", "flash.password.changed");
            return "redirect:/";
        });
        var currentError = result.getFieldError("currentPassword");
        if (currentError != null && "password.current.wrong".equals(currentError.getCode())
                && throttle.challenge(principal.getName(), null)) {
            // guessing the current password: after three wrong ones the session ends, and signing in again needs
            // the image challenge (LoginThrottle)
            session.invalidate();
            return "redirect:/login?guessed";
        }
        return view;
    }
}
