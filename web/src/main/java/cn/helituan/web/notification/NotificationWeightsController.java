package cn.helituan.web.notification;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.notification.NotificationService;
import cn.helituan.web.common.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ranking's weights: everyone reads them and who changed them; the whole deployment's org admin sets them. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NotificationWeightsController {

    private static final String VIEW = "notifications/weights";

    private final NotificationService notifications;

    @GetMapping("/notifications/weights")
    String weights(Scope scope, Model model) {
        model.addAttribute("weightsForm", WeightsForm.of(notifications.weights()));
        return weightsView(scope, model);
    }

    private String weightsView(Scope scope, Model model) {
        model.addAttribute("weights", notifications.weights());
        model.addAttribute("canEdit", scope.wholeDeployment());
        model.addAttribute("changes", notifications.weightHistory());
        return VIEW;
    }

    @PostMapping("/notifications/weights")
    String setWeights(Scope scope, @Valid @ModelAttribute("weightsForm") WeightsForm form, BindingResult result,
                      HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String view = Forms.submit(result, response, VIEW, () -> {
            notifications.setWeights(scope, form.values());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/notifications/weights";
        });
        if (!VIEW.equals(view)) {
            return view;
        }
        // the weights typed stay in the form, the message under the one out of range
        Forms.markRefused(result, response);
        return weightsView(scope, model);
    }
}
