package cn.helituan.web.contest;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.contest.ContestAccess;
import cn.helituan.domain.contest.ContestAdministration;
import cn.helituan.domain.contest.ContestLevel;
import cn.helituan.domain.contest.ContestReading;
import cn.helituan.domain.contest.ContestRound;
import cn.helituan.domain.contest.ContestStatus;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
import cn.helituan.web.common.Exports;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Forms;
import cn.helituan.web.common.Pagination;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The rounds (擂台比武): the list, a round's page with its trail, the form to open or edit one, the ranking. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ContestController {

    private static final String FORM = "contests/form";
    private static final int CHUNK = 500;
    private static final List<String> HEADERS = List.of("field.ContestRound.title", "field.ContestRound.level",
            "field.ContestRound.year", "field.ContestRound.quarter", "field.ContestRound.unit",
            "field.ContestRound.theme", "field.ContestRound.secondTheme", "field.ContestRound.firstDay",
            "field.ContestRound.stops", "field.ContestRound.attendance", "field.ContestRound.status");

    private final ContestReading reading;
    private final ContestAdministration administration;
    private final ContestAccess access;
    private final UnitService units;
    private final Exports exports;

    @GetMapping("/contests")
    String list(Scope scope, @RequestParam(required = false) ContestLevel level,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
                @RequestParam(required = false) ContestStatus status,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        ContestReading.Filter filter = new ContestReading.Filter(level, year, quarter, status, from, to);
        Page<ContestRound> rows = reading.list(scope, filter, Pagination.request(page, 20));
        model.addAttribute("rows", rows);
        // the stops and attendance added up for a list of days (what the dashboard opens); without days the count
        // alone, so that the province's whole list does not add up ten years of stops on every page
        model.addAttribute("totals", from != null || to != null ? reading.totals(scope, filter) : null);
        model.addAttribute("pagination", Pagination.of(rows, request));
        model.addAttribute("level", level);
        model.addAttribute("year", year);
        model.addAttribute("quarter", quarter);
        model.addAttribute("status", status);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("levels", ContestLevel.values());
        model.addAttribute("statuses", ContestStatus.values());
        model.addAttribute("canOpen", access.mayOrganise(scope));
        model.addAttribute("yearEndLinked", scope.canReadRoster());
        return "contests/list";
    }

    /** The list as a workbook: every round the filters find, with its day, stops and attendance. */
    @GetMapping("/contests/export")
    void export(Scope scope, @RequestParam(required = false) ContestLevel level,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
                @RequestParam(required = false) ContestStatus status,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                Locale locale, HttpServletResponse response) throws IOException {
        ContestReading.Filter filter = new ContestReading.Filter(level, year, quarter, status, from, to);
        exports.sendRows(response, locale, "contests.title", HEADERS, CHUNK, chunk -> reading.list(scope, filter,
                chunk), rounds -> rounds.stream().map(r -> new Object[] {r.getTitle(),
                        exports.label(r.getLevel(), locale), r.getYear(), r.getQuarter(), r.getUnit().getName(),
                        r.getTheme(), r.getSecondTheme(), r.getHeldOn(), r.getStopCount(), r.getAttendance(),
                        exports.label(r.getStatus(), locale)}).toList());
    }

    /** How many took part (观摩人次): the organiser records it from the day's sign-in sheet. */
    @PostMapping("/contests/{id}/attendance")
    String attendance(Scope scope, @PathVariable long id, @RequestParam long version,
                      @RequestParam(required = false) Integer attendance, RedirectAttributes redirect) {
        String page = "/contests/" + id;
        return Forms.redirectAfter(redirect, () -> administration.recordAttendance(scope, id, version, attendance),
                "flash.saved", page, page + "#attendance");
    }

    @GetMapping("/contests/new")
    String blank(Scope scope, Model model) {
        administration.requireOrganiser(scope);
        model.addAttribute("form", ContestForm.of(administration.blank(scope)));
        return formView(scope, null, model);
    }

    @PostMapping("/contests/new")
    String open(Scope scope, FormKey key, @Valid @ModelAttribute("form") ContestForm form, BindingResult result,
                HttpServletResponse response, Model model, RedirectAttributes redirect) {
        administration.requireOrganiser(scope);
        formView(scope, null, model);
        form.padded();
        return Forms.submit(result, response, FORM, () -> {
            long id = key.create(scope, "contest-round", saved -> "/contests/" + saved,
                    () -> administration.open(scope, form.details()).getId());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/contests/" + id;
        });
    }

    @GetMapping("/contests/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        ContestReading.RoundPage page = reading.round(scope, id);
        model.addAttribute("page", page);
        model.addAttribute("round", page.round());
        model.addAttribute("history", reading.history(page));
        if (page.manages() && !page.round().isPublished()) {
            model.addAttribute("objects", administration.objectChoices(scope));
            model.addAttribute("towns", administration.townChoices());
        }
        return "contests/show";
    }

    @GetMapping("/contests/{id}/edit")
    String editForm(Scope scope, @PathVariable long id, Model model) {
        administration.editable(scope, id);
        ContestReading.RoundPage page = reading.round(scope, id);
        model.addAttribute("form", ContestForm.of(page));
        return formView(scope, page.round(), model);
    }

    @PostMapping("/contests/{id}/edit")
    String edit(Scope scope, @PathVariable long id, @Valid @ModelAttribute("form") ContestForm form,
                BindingResult result, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        ContestRound round = administration.editable(scope, id);
        formView(scope, round, model);
        form.padded();
        return Forms.submit(result, response, FORM, () -> {
            administration.edit(scope, id, form.getVersion(), form.details());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/contests/" + id;
        });
    }

    @GetMapping("/contests/{id}/ranking")
    String ranking(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("results", reading.ranking(scope, id));
        ContestReading.RoundPage page = reading.round(scope, id);
        model.addAttribute("round", page.round());
        model.addAttribute("judgeCount", page.judges().size());
        return "contests/ranking";
    }

    private String formView(Scope scope, ContestRound round, Model model) {
        List<Unit> choices = units.selectable(scope).stream()
                .filter(u -> u.getKind() == UnitKind.TEAM || u.getKind() == UnitKind.SUB_TEAM).toList();
        model.addAttribute("units", choices);
        model.addAttribute("levels", ContestLevel.values());
        model.addAttribute("round", round);
        return FORM;
    }
}
