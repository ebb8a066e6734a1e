package cn.helituan.web.evaluation;

import cn.helituan.domain.account.Account;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.evaluation.EvaluationReading;
import cn.helituan.domain.evaluation.EvaluationRound;
import cn.helituan.domain.evaluation.Grade;
import cn.helituan.domain.evaluation.Indicator;
import cn.helituan.domain.evaluation.RoundAdministration;
import cn.helituan.domain.evaluation.RoundView;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.stream.Collectors;
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
 * A round's settings, one form for opening and for changing them (org admins; the choices below refuse anyone else
 * with 403). A refused or stale form comes back with the message on its field and what was typed.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RoundFormController {

    private static final String VIEW = "evaluations/form";

    private final RoundAdministration rounds;
    private final EvaluationReading reading;
    private final UnitService units;

    @ModelAttribute("reviewers")
    List<Account> reviewers(Scope scope) {
        return rounds.reviewerChoices(scope);
    }

    @ModelAttribute("scopes")
    List<Unit> scopes(Scope scope) {
        return units.selectable(scope).stream().filter(u -> u.getKind() != UnitKind.GROUP).toList();
    }

    @ModelAttribute("wholeDeployment")
    boolean wholeDeployment(Scope scope) {
        return scope.wholeDeployment();
    }

    @ModelAttribute("indicators")
    Indicator[] indicators() {
        return Indicator.values();
    }

    @ModelAttribute("allGrades")
    Grade[] allGrades() {
        return Grade.values();
    }

    @GetMapping("/evaluations/new")
    String blank(Model model) {
        model.addAttribute("form", RoundFormData.of(rounds.blankForm()));
        return VIEW;
    }

    @PostMapping("/evaluations")
    String open(Scope scope, FormKey key, @Valid @ModelAttribute("form") RoundFormData form, BindingResult result,
                HttpServletResponse response, Model model) {
        String view = Forms.submit(result, response, VIEW, () -> "redirect:/evaluations/"
                + key.create(scope, "evaluation-round", saved -> "/evaluations/" + saved,
                        () -> rounds.open(scope, form.toForm()).getId()));
        Forms.markRefused(result, response);
        return view;
    }

    @GetMapping("/evaluations/{id}/edit")
    String edit(Scope scope, @PathVariable long id, Model model) {
        RoundView v = reading.view(scope, id);
        model.addAttribute("form", RoundFormData.of(v.round(),
                v.reviewers().stream().map(Account::getId).collect(Collectors.toSet())));
        model.addAttribute("round", v.round());
        return VIEW;
    }

    @PostMapping("/evaluations/{id}/edit")
    String update(Scope scope, @PathVariable long id, @Valid @ModelAttribute("form") RoundFormData form,
                  BindingResult result, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        EvaluationRound round = reading.view(scope, id).round();
        model.addAttribute("round", round);
        String view = Forms.submit(result, response, VIEW, () -> {
            rounds.update(scope, id, form.getVersion(), form.toForm());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/evaluations/" + id;
        });
        Forms.markRefused(result, response);
        return view;
    }
}
