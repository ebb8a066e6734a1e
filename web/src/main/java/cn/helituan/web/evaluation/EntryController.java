package cn.helituan.web.evaluation;

import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.evaluation.EntryView;
import cn.helituan.domain.evaluation.EvaluationInputs;
import cn.helituan.domain.evaluation.EvaluationReading;
import cn.helituan.domain.evaluation.GradeProposal;
import cn.helituan.domain.evaluation.RoundAdministration;
import cn.helituan.domain.station.AttendanceKind;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.function.Supplier;
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
 * A group's entry in a round: the indicators with the formula, the self-assessment (its leader), the ratings, the
 * scores (each reviewer their own), the grade and the members' grades (the org admin). Each form comes back to the
 * page when refused (422) or stale (409), the message on its field and what was typed kept.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EntryController {

    private static final String VIEW = "evaluations/entry";
    /** A score for a group the round does not have: no entry page to come back to, the message page instead. */
    private static final String NOT_IN_ROUND = "evaluation.score.notInRound";

    private final EvaluationReading reading;
    private final EvaluationInputs inputs;
    private final RoundAdministration rounds;

    @GetMapping("/evaluations/{id}/groups/{groupId}")
    String entry(Scope scope, @PathVariable long id, @PathVariable long groupId, Model model) {
        return page(scope, id, groupId, model);
    }

    @PostMapping("/evaluations/{id}/groups/{groupId}/self")
    String selfAssess(Scope scope, @PathVariable long id, @PathVariable long groupId,
                      @Valid @ModelAttribute("self") SelfAssessmentForm form, BindingResult result,
                      HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return submit(scope, id, groupId, result, response, model, () -> {
            inputs.selfAssess(scope, id, groupId, form.getVersion(), form.getAchievements(), form.getProblems(),
                    form.getNextYear());
            return saved(redirect, id, groupId);
        });
    }

    @PostMapping("/evaluations/{id}/groups/{groupId}/score")
    String score(Scope scope, @PathVariable long id, @PathVariable long groupId, FormKey key,
                 @Valid @ModelAttribute("scoreForm") ScoreForm form, BindingResult result,
                 HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return submit(scope, id, groupId, result, response, model, () -> {
            key.create(scope, "evaluation-score", saved -> "/evaluations/" + id + "/groups/" + groupId,
                    () -> inputs.score(scope, id, groupId, form.getVersion(), form.getScore(), form.getComment())
                            .getId());
            return saved(redirect, id, groupId);
        });
    }

    @PostMapping("/evaluations/{id}/groups/{groupId}/grade")
    String grade(Scope scope, @PathVariable long id, @PathVariable long groupId,
                 @Valid @ModelAttribute("gradeForm") GradeForm form, BindingResult result,
                 HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return submit(scope, id, groupId, result, response, model, () -> {
            rounds.grade(scope, id, groupId, form.getVersion(), form.getGrade(), form.getReason());
            return saved(redirect, id, groupId);
        });
    }

    /** A member's grade, from the member list: back to it with the flash (a refused one says why). */
    @PostMapping("/evaluations/{id}/members/{rowId}/grade")
    String gradeMember(Scope scope, @PathVariable long id, @PathVariable long rowId,
                       @ModelAttribute MemberGradeForm form, BindingResult result, RedirectAttributes redirect) {
        String page = "/evaluations/" + id + "/groups/" + form.getGroupId() + "#members";
        return Forms.redirectAfter(redirect, () -> {
            if (result.hasFieldErrors("grade")) {
                throw new RuleViolation("grade", "evaluation.grade.notInRound");
            }
            rounds.gradeMember(scope, id, rowId, form.getVersion(), form.getGrade(), form.getReason());
        }, "flash.saved", page, page);
    }

    private String submit(Scope scope, long id, long groupId, BindingResult result, HttpServletResponse response,
                          Model model, Supplier<String> action) {
        String view = Forms.submit(result, response, VIEW, action);
        if (result.getGlobalErrors().stream().anyMatch(e -> NOT_IN_ROUND.equals(e.getCode()))) {
            throw RuleViolation.global(NOT_IN_ROUND);
        }
        if (!VIEW.equals(view)) {
            return view;
        }
        Forms.markRefused(result, response);
        return page(scope, id, groupId, model);
    }

    private static String saved(RedirectAttributes redirect, long id, long groupId) {
        redirect.addFlashAttribute("success", "flash.saved");
        return "redirect:/evaluations/" + id + "/groups/" + groupId;
    }

    /** The page with its forms as saved, but the one posted (in the model already, with its errors). */
    private String page(Scope scope, long id, long groupId, Model model) {
        EntryView v = reading.entry(scope, id, groupId);
        model.addAttribute("v", v);
        model.addAttribute("year", v.round().getYear());
        // the evidence links only for a reader the lists let in: the group's findings, a cadre's attendance days
        model.addAttribute("readsFindings", scope.canReadRoster() && scope.covers(v.entry().getGroup().getPath()));
        model.addAttribute("readsRegister", scope.canReadRegister());
        model.addAttribute("attendanceKinds", AttendanceKind.values());
        if (!model.containsAttribute("self")) {
            model.addAttribute("self", SelfAssessmentForm.of(v.entry()));
        }
        if (!model.containsAttribute("scoreForm")) {
            model.addAttribute("scoreForm", ScoreForm.of(v.myScore()));
        }
        if (!model.containsAttribute("gradeForm")) {
            model.addAttribute("gradeForm", GradeForm.of(v.entry()));
        }
        model.addAttribute("excellentFrom", GradeProposal.EXCELLENT_FROM);
        return VIEW;
    }
}
