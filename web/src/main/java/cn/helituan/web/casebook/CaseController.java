package cn.helituan.web.casebook;

import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.assisted.ObjectUse;
import cn.helituan.domain.casebook.CaseAccess;
import cn.helituan.domain.casebook.CaseGallery;
import cn.helituan.domain.casebook.CaseMeasure;
import cn.helituan.domain.casebook.CasePrefill;
import cn.helituan.domain.casebook.CaseReading;
import cn.helituan.domain.casebook.CaseReview;
import cn.helituan.domain.casebook.CaseStatus;
import cn.helituan.domain.casebook.CaseStudy;
import cn.helituan.domain.casebook.CaseWriting;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.team.UnitOption;
import cn.helituan.web.assisted.TownChoices;
import cn.helituan.web.common.ChoiceJson;
import cn.helituan.web.common.Exports;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Forms;
import cn.helituan.web.common.Pagination;
import cn.helituan.web.photo.PhotoSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
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

/**
 * The case library (典型案例库): the search with its export, a case's printable page with its figures and trail, the
 * form (blank, or pre-filled from a contest stop or an excellent evaluation entry), the figures, submit and review.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CaseController {

    private static final String FORM = "cases/form";
    private static final int CHUNK = 500;
    private static final List<String> HEADERS = List.of("field.CaseStudy.title", "field.CaseStudy.theme",
            "field.CaseStudy.year", "field.CaseStudy.object", "field.CaseStudy.town", "field.CaseStudy.status",
            "field.CaseStudy.problem", "field.CaseStudy.actions", "field.CaseStudy.results");

    private final CaseReading reading;
    private final CaseWriting writing;
    private final CaseReview review;
    private final CasePrefill prefill;
    private final CaseAccess access;
    private final AssistedService assisted;
    private final Exports exports;
    private final PhotoSettings photoSettings;
    private final MessageSource messages;

    @GetMapping("/cases")
    String list(Scope scope, @RequestParam(required = false) String q, @RequestParam(required = false) String theme,
                @RequestParam(required = false) Long town, @RequestParam(required = false) AssistedKind kind,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) CaseStatus status,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Locale locale, Model model) {
        Page<CaseStudy> rows = reading.search(scope, filter(q, theme, town, kind, year, status, from, to),
                Pagination.request(page, 20));
        model.addAttribute("rows", rows);
        model.addAttribute("pagination", Pagination.of(rows, request));
        model.addAttribute("q", q);
        model.addAttribute("theme", theme);
        model.addAttribute("town", town);
        model.addAttribute("kind", kind);
        model.addAttribute("year", year);
        model.addAttribute("status", status);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        var chosen = reading.town(town);
        model.addAttribute("townChoice", chosen == null ? null : new ChoiceJson(chosen.id().toString(),
                TownChoices.label(chosen, messages, locale)));
        model.addAttribute("kinds", AssistedKind.values());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("canDraft", access.mayDraft(scope));
        model.addAttribute("seesDrafts", access.draftsPrefix(scope) != null);
        return "cases/list";
    }

    @GetMapping("/cases/export")
    void export(Scope scope, @RequestParam(required = false) String q, @RequestParam(required = false) String theme,
                @RequestParam(required = false) Long town, @RequestParam(required = false) AssistedKind kind,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) CaseStatus status,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                Locale locale, HttpServletResponse response) throws IOException {
        CaseReading.Filter filter = filter(q, theme, town, kind, year, status, from, to);
        exports.send(response, locale, "cases.title", HEADERS, CHUNK, page -> reading.search(scope, filter, page),
                (CaseStudy c) -> new Object[] {c.getTitle(), c.getTheme(), c.getYear(),
                    c.getObject() == null ? null : c.getObject().getName(),
                    c.getTown() == null ? null : c.getTown().getName(), exports.label(c.getStatus(), locale),
                    c.getProblem(), c.getActions(), c.getResults()});
    }

    @GetMapping("/cases/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        CaseReading.CaseView view = reading.view(scope, id);
        model.addAttribute("view", view);
        model.addAttribute("measures", CaseMeasure.values());
        model.addAttribute("maxPhotos", CaseGallery.MAX_PHOTOS);
        model.addAttribute("maxPhotoSize", photoSettings.maxMegabytes());
        model.addAttribute("picks", view.writes() ? writing.pickRecords(scope, id, CaseMeasure.values()[0], null)
                : List.of());
        return "cases/show";
    }

    /** The figure picker: the records of the measure's kind in the author's scope whose title contains the text. */
    @GetMapping("/cases/{id}/records")
    String records(Scope scope, @PathVariable long id, @RequestParam CaseMeasure measure,
                   @RequestParam(required = false) String q, Model model) {
        model.addAttribute("picks", writing.pickRecords(scope, id, measure, q));
        return "cases/show :: recordPicks";
    }

    @GetMapping("/cases/new")
    String blank(Scope scope, @RequestParam(required = false) Long stop, @RequestParam(required = false) Long round,
                 @RequestParam(required = false) Long group, Model model) {
        writing.requireAuthor(scope);
        CasePrefill.Draft draft = stop != null ? prefill.fromStop(scope, stop)
                : round != null && group != null ? prefill.fromEntry(scope, round, group) : prefill.blank();
        CaseForm form = CaseForm.of(draft.details(), draft.source(), draft.stopId());
        form.setUnitId(scope.unitId());
        model.addAttribute("form", form);
        return formView(scope, null, draft.details().objectId(), model);
    }

    @PostMapping("/cases/new")
    String draft(Scope scope, FormKey key, @Valid @ModelAttribute("form") CaseForm form, BindingResult result,
                 HttpServletResponse response, Model model, RedirectAttributes redirect) {
        writing.requireAuthor(scope);
        formView(scope, null, form.getObjectId(), model);
        return Forms.submit(result, response, FORM, () -> {
            long id = key.create(scope, "case", saved -> "/cases/" + saved, () -> writing.draft(scope,
                    form.details(), form.getSource(), form.getStopId()).getId());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/cases/" + id;
        });
    }

    @GetMapping("/cases/{id}/edit")
    String editForm(Scope scope, @PathVariable long id, Model model) {
        CaseReading.CaseView view = editable(scope, id);
        model.addAttribute("form", CaseForm.of(view.study()));
        return formView(scope, view.study(), view.study().getObject() == null ? null
                : view.study().getObject().getId(), model);
    }

    @PostMapping("/cases/{id}/edit")
    String edit(Scope scope, @PathVariable long id, @Valid @ModelAttribute("form") CaseForm form,
                BindingResult result, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        CaseReading.CaseView view = editable(scope, id);
        formView(scope, view.study(), form.getObjectId(), model);
        return Forms.submit(result, response, FORM, () -> {
            writing.edit(scope, id, form.getVersion(), form.details());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/cases/" + id;
        });
    }

    @PostMapping("/cases/{id}/figures")
    String addFigure(Scope scope, FormKey key, @PathVariable long id,
                     @RequestParam(required = false) CaseMeasure measure,
                     @RequestParam(required = false) Long recordId, RedirectAttributes redirect) {
        String page = "/cases/" + id + "#figures";
        return Forms.redirectAfter(redirect, () -> key.create(scope, "case-figure", saved -> page,
                () -> writing.addFigure(scope, id, measure, recordId).getId()), "flash.saved", page, page);
    }

    @PostMapping("/cases/{id}/figures/{figureId}/refresh")
    String refresh(Scope scope, @PathVariable long id, @PathVariable long figureId, RedirectAttributes redirect) {
        String page = "/cases/" + id + "#figures";
        return Forms.redirectAfter(redirect, () -> writing.refreshFigure(scope, id, figureId), "flash.saved", page,
                page);
    }

    @PostMapping("/cases/{id}/figures/{figureId}/remove")
    String remove(Scope scope, @PathVariable long id, @PathVariable long figureId, RedirectAttributes redirect) {
        String page = "/cases/" + id + "#figures";
        return Forms.redirectAfter(redirect, () -> writing.removeFigure(scope, id, figureId), "flash.saved", page,
                page);
    }

    @PostMapping("/cases/{id}/submit")
    String submit(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        String page = "/cases/" + id;
        return Forms.redirectAfter(redirect, () -> writing.submit(scope, id, version), "flash.case.submitted", page,
                page);
    }

    @PostMapping("/cases/{id}/publish")
    String publish(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        String page = "/cases/" + id;
        return Forms.redirectAfter(redirect, () -> review.publish(scope, id, version), "flash.case.published", page,
                page);
    }

    @PostMapping("/cases/{id}/return")
    String giveBack(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        String page = "/cases/" + id;
        return Forms.redirectAfter(redirect, () -> review.giveBack(scope, id, version), "flash.case.returned", page,
                page);
    }

    private CaseReading.CaseView editable(Scope scope, long id) {
        CaseReading.CaseView view = reading.view(scope, id);
        if (!view.writes()) {
            throw new cn.helituan.domain.common.ForbiddenException("edit case");
        }
        return view;
    }

    private String formView(Scope scope, CaseStudy study, Long chosenObject, Model model) {
        model.addAttribute("study", study);
        model.addAttribute("objects", objectChoices(scope, chosenObject));
        model.addAttribute("units", unitChoices(scope, study));
        model.addAttribute("unitless", scope.unitId() == null);
        return FORM;
    }

    /** The units a case may be of, the one it is of now first when the list does not hold it. */
    private List<UnitOption> unitChoices(Scope scope, CaseStudy study) {
        List<UnitOption> choices = writing.unitChoices(scope);
        if (study == null || study.getUnit() == null
                || choices.stream().anyMatch(u -> u.id().equals(study.getUnit().getId()))) {
            return choices;
        }
        List<UnitOption> withCurrent = new java.util.ArrayList<>(choices);
        withCurrent.add(0, new UnitOption(study.getUnit().getId(), study.getUnit().getName(), 0));
        return withCurrent;
    }

    /** The villages a case may be of: the whole register to an org admin, the paired ones to the others. */
    private List<AssistedObject> objectChoices(Scope scope, Long chosen) {
        if (scope.role() == Role.ORG_ADMIN) {
            return assisted.formChoices(scope, ObjectUse.PAIRING, chosen);
        }
        return writing.pairedObjects(scope);
    }

    private static CaseReading.Filter filter(String q, String theme, Long town, AssistedKind kind, Integer year,
                                             CaseStatus status, LocalDate from, LocalDate to) {
        return new CaseReading.Filter(q, theme, town, kind == null ? null : kind.name(), year, status, from, to);
    }
}
