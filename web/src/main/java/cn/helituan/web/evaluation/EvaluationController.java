package cn.helituan.web.evaluation;

import cn.helituan.domain.account.Account;
import cn.helituan.domain.common.ConcurrentEditException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.evaluation.BoardQuery;
import cn.helituan.domain.evaluation.BoardRow;
import cn.helituan.domain.evaluation.BoardSort;
import cn.helituan.domain.evaluation.EvaluationRound;
import cn.helituan.domain.evaluation.BoardPage;
import cn.helituan.domain.evaluation.EvaluationInputs;
import cn.helituan.domain.evaluation.EvaluationReading;
import cn.helituan.domain.evaluation.RoundAdministration;
import cn.helituan.domain.evaluation.EntryView;
import cn.helituan.domain.evaluation.RoundView;
import cn.helituan.domain.evaluation.EvaluationStore;
import cn.helituan.domain.evaluation.Grade;
import cn.helituan.domain.evaluation.GradeProposal;
import cn.helituan.domain.evaluation.Indicator;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
import cn.helituan.web.common.Formats;
import cn.helituan.web.common.Forms;
import cn.helituan.web.common.Pagination;
import cn.helituan.web.common.XlsxExport;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

/**
 * The annual evaluation's pages: the rounds, a round's form, its page with the review screen (sortable, filtered,
 * paginated), a group's entry (indicators with the formula, self-assessment, ratings, scores, grades, members), the
 * objects' rating page, the export, the commendation list and the round's trail. The services decide who may do
 * what; a refused or stale write comes back to its page with the message and what was typed.
 */
@Controller
class EvaluationController {

    private static final int PAGE_SIZE = 25;

    private final RoundAdministration rounds;
    private final EvaluationInputs inputs;
    private final EvaluationReading reading;
    private final UnitService units;
    private final MessageSource messages;
    private final Formats fmt;

    EvaluationController(RoundAdministration rounds, EvaluationInputs inputs, EvaluationReading reading,
                         UnitService units, MessageSource messages, Formats fmt) {
        this.rounds = rounds;
        this.inputs = inputs;
        this.reading = reading;
        this.units = units;
        this.messages = messages;
        this.fmt = fmt;
    }

    @GetMapping("/evaluations")
    String list(Scope scope, @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        Page<EvaluationRound> rows = reading.list(scope, PageRequest.of(Math.max(page, 1) - 1, 20));
        model.addAttribute("rows", rows);
        model.addAttribute("pagination", Pagination.of(rows, request));
        model.addAttribute("canOpen", rounds.canOpen(scope));
        return "evaluations/list";
    }

    // ----- the round's form

    @GetMapping("/evaluations/new")
    String blank(Scope scope, Model model) {
        model.addAttribute("form", RoundFormData.of(rounds.blankForm()));
        return formView(scope, null, model);
    }

    @PostMapping("/evaluations")
    String open(Scope scope, @ModelAttribute("form") RoundFormData form, BindingResult result,
                HttpServletResponse response, Model model) {
        return submit(result, response, () -> formView(scope, null, model),
                () -> "redirect:/evaluations/" + rounds.open(scope, form.toForm()).getId());
    }

    @GetMapping("/evaluations/{id}/edit")
    String edit(Scope scope, @PathVariable long id, Model model) {
        RoundView v = reading.view(scope, id);
        model.addAttribute("form", RoundFormData.of(v.round(),
                v.reviewers().stream().map(Account::getId).collect(Collectors.toSet())));
        return formView(scope, v.round(), model);
    }

    @PostMapping("/evaluations/{id}/edit")
    String update(Scope scope, @PathVariable long id, @ModelAttribute("form") RoundFormData form,
                  BindingResult result, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        EvaluationRound round = reading.view(scope, id).round();
        return submit(result, response, () -> formView(scope, round, model), () -> {
            rounds.update(scope, id, form.getVersion(), form.toForm());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/evaluations/" + id;
        });
    }

    private String formView(Scope scope, EvaluationRound round, Model model) {
        model.addAttribute("round", round);
        model.addAttribute("reviewers", rounds.reviewerChoices(scope));
        model.addAttribute("scopes", units.selectable(scope).stream()
                .filter(u -> u.getKind() != UnitKind.GROUP).toList());
        model.addAttribute("wholeDeployment", scope.wholeDeployment());
        model.addAttribute("indicators", Indicator.values());
        model.addAttribute("allGrades", Grade.values());
        return "evaluations/form";
    }

    /** Runs a form's action; a refused one comes back to the form with the message on its field. */
    private static String submit(BindingResult result, HttpServletResponse response,
                                 java.util.function.Supplier<String> formView,
                                 java.util.function.Supplier<String> action) {
        if (result.hasErrors()) {
            response.setStatus(422);
            return formView.get();
        }
        try {
            return action.get();
        } catch (RuleViolation violation) {
            Forms.reject(result, violation);
            response.setStatus(422);
        } catch (ConcurrentEditException | OptimisticLockingFailureException | DataIntegrityViolationException e) {
            result.reject("concurrent.edit");
            response.setStatus(409);
        }
        return formView.get();
    }

    // ----- the round's page and the review screen

    @GetMapping("/evaluations/{id}")
    String show(Scope scope, @PathVariable long id, BoardParams params, HttpServletRequest request, Model model) {
        if (scope.role() == Role.FIRST_SECRETARY) {
            reading.view(scope, id);
            return "redirect:/evaluations/" + id + "/ratings";
        }
        BoardPage page = reading.page(scope, id, params.toQuery(),
                PageRequest.of(Math.max(params.getPage(), 1) - 1, PAGE_SIZE));
        model.addAttribute("v", page.view());
        model.addAttribute("indicators", Indicator.values());
        if (page.rows() != null) {
            Page<BoardRow> rows = page.rows();
            model.addAttribute("rows", rows);
            model.addAttribute("lines", rows.getContent().stream().map(r -> BoardLine.of(r, fmt)).toList());
            model.addAttribute("pagination", Pagination.of(rows, request));
            model.addAttribute("params", params);
            model.addAttribute("sorts", sortLinks(request, params));
            model.addAttribute("subTeams", page.subTeams());
            model.addAttribute("subTeamOptions", options(page.subTeams(), params.getSubTeam()));
        }
        return "evaluations/show";
    }

    /**
     * The sub-team filter's options, written here: a province's round has 300 sub-teams, three expressions each in
     * the template on every page of the review screen.
     */
    private static String options(List<EvaluationStore.SubTeam> subTeams, Long chosen) {
        StringBuilder html = new StringBuilder();
        for (EvaluationStore.SubTeam u : subTeams) {
            html.append("<option value=\"").append(u.id()).append('"')
                    .append(chosen != null && chosen == u.id() ? " selected" : "").append('>')
                    .append(HtmlUtils.htmlEscape(u.name())).append("</option>");
        }
        return html.toString();
    }

    /** Each column's link: by it, descending first, flipping when it is the current order. */
    private static Map<String, String> sortLinks(HttpServletRequest request, BoardParams params) {
        Map<String, String> links = new HashMap<>();
        for (BoardSort sort : BoardSort.values()) {
            boolean current = sort == params.sort();
            boolean ascending = current ? !params.isAsc() : sort == BoardSort.NAME
                    || (sort.indicator() != null && sort.indicator().kind() == Indicator.Kind.PENALTY);
            links.put(sort.name(), cn.helituan.web.common.Links.sameRequest(request)
                    .replaceQueryParam("sort", sort.name()).replaceQueryParam("asc", ascending)
                    .replaceQueryParam("page").build().toUriString());
        }
        return links;
    }

    @PostMapping("/evaluations/{id}/compute")
    String compute(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return Forms.redirectAfter(redirect, () -> rounds.recompute(scope, id, version),
                "flash.evaluation.computed", "/evaluations/" + id, "/evaluations/" + id);
    }

    @PostMapping("/evaluations/{id}/propose")
    String propose(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return Forms.redirectAfter(redirect, () -> rounds.propose(scope, id, version),
                "flash.evaluation.proposed", "/evaluations/" + id, "/evaluations/" + id);
    }

    @PostMapping("/evaluations/{id}/publish")
    String publish(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return Forms.redirectAfter(redirect, () -> rounds.publish(scope, id, version),
                "flash.evaluation.published", "/evaluations/" + id, "/evaluations/" + id);
    }

    @PostMapping("/evaluations/{id}/reopen")
    String reopen(Scope scope, @PathVariable long id, @RequestParam long version,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        redirect.addFlashAttribute("reopenReason", reason);
        return Forms.redirectAfter(redirect, () -> rounds.reopen(scope, id, version, reason),
                "flash.evaluation.reopened", "/evaluations/" + id, "/evaluations/" + id);
    }

    // ----- a group's entry

    @GetMapping("/evaluations/{id}/groups/{groupId}")
    String entry(Scope scope, @PathVariable long id, @PathVariable long groupId, Model model) {
        return entryView(scope, id, groupId, model);
    }

    private String entryView(Scope scope, long id, long groupId, Model model) {
        EntryView v = reading.entry(scope, id, groupId);
        model.addAttribute("v", v);
        model.addAttribute("year", v.round().getYear());
        if (!model.containsAttribute("self")) {
            model.addAttribute("self", Map.of("achievements", nz(v.entry().getAchievements()),
                    "problems", nz(v.entry().getProblems()), "nextYear", nz(v.entry().getNextYear()),
                    "version", String.valueOf(v.entry().getVersion())));
        }
        if (!model.containsAttribute("scoreForm")) {
            model.addAttribute("scoreForm", v.myScore() == null ? Map.of("score", "", "comment", "", "version", "")
                    : Map.of("score", v.myScore().getScore().stripTrailingZeros().toPlainString(),
                    "comment", nz(v.myScore().getComment()), "version", String.valueOf(v.myScore().getVersion())));
        }
        if (!model.containsAttribute("gradeForm")) {
            model.addAttribute("gradeForm", Map.of("grade", v.entry().getGrade() == null ? ""
                    : v.entry().getGrade().name(), "reason", nz(v.entry().getGradeReason())));
        }
        model.addAttribute("excellentFrom", GradeProposal.EXCELLENT_FROM);
        return "evaluations/entry";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @PostMapping("/evaluations/{id}/groups/{groupId}/self")
    String selfAssess(Scope scope, @PathVariable long id, @PathVariable long groupId, @RequestParam long version,
                      @RequestParam(required = false) String achievements,
                      @RequestParam(required = false) String problems,
                      @RequestParam(required = false) String nextYear, HttpServletResponse response, Model model,
                      RedirectAttributes redirect) {
        Map<String, String> typed = Map.of("achievements", nz(achievements), "problems", nz(problems),
                "nextYear", nz(nextYear), "version", String.valueOf(version));
        return inline(scope, id, groupId, response, model, redirect, "self", typed, () ->
                inputs.selfAssess(scope, id, groupId, version, achievements, problems, nextYear));
    }

    @PostMapping("/evaluations/{id}/groups/{groupId}/score")
    String score(Scope scope, @PathVariable long id, @PathVariable long groupId,
                 @RequestParam(required = false) Long version, @RequestParam(required = false) String score,
                 @RequestParam(required = false) String comment, HttpServletResponse response, Model model,
                 RedirectAttributes redirect) {
        Map<String, String> typed = Map.of("score", nz(score), "comment", nz(comment),
                "version", version == null ? "" : String.valueOf(version));
        return inline(scope, id, groupId, response, model, redirect, "scoreForm", typed, () ->
                inputs.score(scope, id, groupId, version, number(score), comment));
    }

    @PostMapping("/evaluations/{id}/groups/{groupId}/grade")
    String grade(Scope scope, @PathVariable long id, @PathVariable long groupId, @RequestParam long version,
                 @RequestParam(required = false) String grade, @RequestParam(required = false) String reason,
                 HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Map<String, String> typed = Map.of("grade", nz(grade), "reason", nz(reason));
        return inline(scope, id, groupId, response, model, redirect, "gradeForm", typed, () ->
                rounds.grade(scope, id, groupId, version, gradeOf(grade), reason));
    }

    @PostMapping("/evaluations/{id}/members/{rowId}/grade")
    String gradeMember(Scope scope, @PathVariable long id, @PathVariable long rowId, @RequestParam long groupId,
                       @RequestParam long version, @RequestParam(required = false) String grade,
                       @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        String page = "/evaluations/" + id + "/groups/" + groupId + "#members";
        return Forms.redirectAfter(redirect, () -> rounds.gradeMember(scope, id, rowId, version,
                grade == null || grade.isBlank() ? null : gradeOf(grade), reason), "flash.saved", page, page);
    }

    /**
     * One of the entry page's forms: on success back to the page; when refused or stale, the page again with the
     * typed values in {@code formName}, the message on its field (422) or the stale notice (409).
     */
    private String inline(Scope scope, long id, long groupId, HttpServletResponse response, Model model,
                          RedirectAttributes redirect, String formName, Map<String, String> typed, Runnable action) {
        try {
            action.run();
        } catch (RuleViolation violation) {
            if ("evaluation.score.notInRound".equals(violation.messageKey())) {
                throw violation; // no entry page to come back to: the message page
            }
            response.setStatus(422);
            model.addAttribute(formName, typed);
            model.addAttribute(formName + "Error", violation.messageKey());
            model.addAttribute(formName + "ErrorArgs", violation.args());
            model.addAttribute(formName + "ErrorField", violation.field());
            return entryView(scope, id, groupId, model);
        } catch (ConcurrentEditException | OptimisticLockingFailureException | DataIntegrityViolationException e) {
            response.setStatus(409);
            model.addAttribute(formName, typed);
            model.addAttribute(formName + "Error", "concurrent.edit");
            return entryView(scope, id, groupId, model);
        }
        redirect.addFlashAttribute("success", "flash.saved");
        return "redirect:/evaluations/" + id + "/groups/" + groupId;
    }

    private static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation("score", "evaluation.score.range");
        }
    }

    private static Grade gradeOf(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Grade.valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("grade", "evaluation.grade.notInRound");
        }
    }

    // ----- the objects' ratings

    @GetMapping("/evaluations/{id}/ratings")
    String ratings(Scope scope, @PathVariable long id, Model model) {
        RoundView v = reading.view(scope, id);
        model.addAttribute("round", v.round());
        model.addAttribute("lines", inputs.ratingsToGive(scope, id));
        model.addAttribute("takesInput", v.takesInput());
        return "evaluations/ratings";
    }

    @PostMapping("/evaluations/{id}/ratings/{groupId}")
    String rate(Scope scope, @PathVariable long id, @PathVariable long groupId,
                @RequestParam(required = false) Long version, @RequestParam(required = false) String rating,
                @RequestParam(required = false) String comment, HttpServletResponse response, Model model,
                RedirectAttributes redirect) {
        try {
            inputs.rate(scope, id, groupId, version, rating == null || !rating.strip().matches("\\d{1,2}") ? null
                    : Integer.valueOf(rating.strip()), comment);
        } catch (RuleViolation | ConcurrentEditException | OptimisticLockingFailureException
                 | DataIntegrityViolationException e) {
            response.setStatus(e instanceof RuleViolation ? 422 : 409);
            model.addAttribute("errorGroup", groupId);
            model.addAttribute("error", e instanceof RuleViolation v ? v.messageKey() : "concurrent.edit");
            model.addAttribute("typedRating", rating);
            model.addAttribute("typedComment", comment);
            return ratings(scope, id, model);
        }
        redirect.addFlashAttribute("success", "flash.evaluation.rated");
        return "redirect:/evaluations/" + id + "/ratings";
    }

    // ----- published results

    @GetMapping("/evaluations/{id}/commendation")
    String commendation(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("c", reading.commendation(scope, id));
        return "evaluations/commendation";
    }

    @GetMapping("/evaluations/{id}/trail")
    String trail(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("round", reading.view(scope, id).round());
        model.addAttribute("trail", reading.trail(scope, id));
        return "evaluations/trail";
    }

    /** Every group's result on one page, to print (A4): rank, scores, satisfaction, grade. */
    @GetMapping("/evaluations/{id}/results")
    String results(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("round", reading.view(scope, id).round());
        model.addAttribute("rows", reading.results(scope, id, BoardQuery.all()));
        return "evaluations/results";
    }

    /** Every group's result as a workbook, in the screen's order and filters. */
    @GetMapping("/evaluations/{id}/export")
    void export(Scope scope, @PathVariable long id, BoardParams params, Locale locale, HttpServletResponse response)
            throws IOException {
        EvaluationRound round = reading.view(scope, id).round();
        List<BoardRow> rows = reading.results(scope, id, params.toQuery());
        List<String> headers = new ArrayList<>(List.of(t("evaluation.rank", locale), t("evaluation.group", locale),
                t("evaluation.subTeam", locale), t("evaluation.indicatorScore", locale)));
        for (Indicator i : Indicator.values()) {
            headers.add(t("Indicator." + i, locale));
        }
        headers.addAll(List.of(t("evaluation.ratingAverage", locale), t("evaluation.reviewersMean", locale),
                t("evaluation.proposedGrade", locale), t("evaluation.grade", locale)));
        try (XlsxExport xlsx = new XlsxExport(t("evaluation.sheet", locale), headers)) {
            for (BoardRow r : rows) {
                List<Object> row = new ArrayList<>(List.of(r.scoreRank(), r.groupName(), nz(r.subTeamName()),
                        r.score()));
                for (Indicator i : Indicator.values()) {
                    BigDecimal value = r.indicators().value(i);
                    row.add(value == null ? "" : value);
                }
                row.add(r.ratingAverage() == null ? "" : r.ratingAverage());
                row.add(r.reviewersMean() == null ? "" : r.reviewersMean());
                row.add(r.proposedGrade() == null ? "" : t("Grade." + r.proposedGrade(), locale));
                row.add(r.grade() == null ? "" : t("Grade." + r.grade(), locale));
                xlsx.row(row.toArray());
            }
            xlsx.send(response, t("evaluation.file", locale, round.getName()) + ".xlsx");
        }
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
