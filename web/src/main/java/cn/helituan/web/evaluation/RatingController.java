package cn.helituan.web.evaluation;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.evaluation.EvaluationInputs;
import cn.helituan.domain.evaluation.EvaluationReading;
import cn.helituan.domain.evaluation.RoundView;
import cn.helituan.web.common.FormKey;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The objects' ratings: an object's account rates each group paired with it in the round's year, one card a group;
 * a refused or stale rating comes back on its card with the message and what was chosen and typed.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RatingController {

    private static final String VIEW = "evaluations/ratings";

    private final EvaluationReading reading;
    private final EvaluationInputs inputs;

    @GetMapping("/evaluations/{id}/ratings")
    String ratings(Scope scope, @PathVariable long id, Model model) {
        RoundView v = reading.view(scope, id);
        model.addAttribute("round", v.round());
        model.addAttribute("lines", inputs.ratingsToGive(scope, id));
        model.addAttribute("takesInput", v.takesInput());
        if (!model.containsAttribute("ratingForm")) {
            model.addAttribute("ratingForm", new RatingForm());
        }
        return VIEW;
    }

    @PostMapping("/evaluations/{id}/ratings/{groupId}")
    String rate(Scope scope, @PathVariable long id, @PathVariable long groupId, FormKey key,
                @Valid @ModelAttribute("ratingForm") RatingForm form, BindingResult result,
                HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String view = Forms.submit(result, response, VIEW, () -> {
            key.create(scope, "evaluation-rating", saved -> "/evaluations/" + id + "/ratings",
                    () -> inputs.rate(scope, id, groupId, form.getVersion(), form.getRating(), form.getComment())
                            .getId());
            redirect.addFlashAttribute("success", "flash.evaluation.rated");
            return "redirect:/evaluations/" + id + "/ratings";
        });
        if (!VIEW.equals(view)) {
            return view;
        }
        Forms.markRefused(result, response);
        model.addAttribute("errorGroup", groupId);
        return ratings(scope, id, model);
    }
}
