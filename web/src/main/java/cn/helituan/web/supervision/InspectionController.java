package cn.helituan.web.supervision;

import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.photo.PhotoUpload;
import cn.helituan.domain.supervision.ChecklistItem;
import cn.helituan.domain.supervision.Inspection;
import cn.helituan.domain.supervision.InspectionWork;
import cn.helituan.domain.supervision.Severity;
import cn.helituan.domain.supervision.SupervisionPlan;
import cn.helituan.domain.supervision.SupervisionPlanning;
import cn.helituan.domain.supervision.SupervisionReading;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Forms;
import cn.helituan.web.common.Pagination;
import cn.helituan.web.photo.PhotoUploads;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Inspections: the inspector's form on the phone (a group of the plan: the items, the cadres present, the
 * questionnaire), the list, an inspection's page with its findings and the form that adds one with its photos.
 */
@Controller
class InspectionController {

    private static final String FORM = "supervision/inspectionForm";
    private static final String SHOW = "supervision/inspection";

    private final InspectionWork work;
    private final SupervisionReading reading;
    private final SupervisionPlanning planning;
    private final DataSize maxPhotoSize;
    private final Clock clock;

    InspectionController(InspectionWork work, SupervisionReading reading, SupervisionPlanning planning,
                         @Value("${helituan.photo.max-size:15MB}") DataSize maxPhotoSize, Clock clock) {
        this.work = work;
        this.reading = reading;
        this.planning = planning;
        this.maxPhotoSize = maxPhotoSize;
        this.clock = clock;
    }

    @ModelAttribute("severities")
    Severity[] severities() {
        return Severity.values();
    }

    @GetMapping("/supervision/inspections")
    String list(Scope scope, @RequestParam(required = false) Long plan, @RequestParam(defaultValue = "1") int page,
                HttpServletRequest request, Model model) {
        Page<Inspection> rows = reading.inspections(scope, plan, Pagination.request(page, 20));
        model.addAttribute("rows", rows);
        model.addAttribute("pagination", Pagination.of(rows, request));
        return "supervision/inspections";
    }

    @GetMapping("/supervision/plans/{id}/inspect")
    String createForm(Scope scope, @PathVariable long id, @RequestParam long unit, Model model) {
        InspectionForm form = new InspectionForm();
        form.setUnitId(unit);
        form.setInspectedOn(LocalDate.now(clock));
        SupervisionPlan plan = work.plan(scope, id);
        for (ChecklistItem item : planning.itemsOf(plan.getChecklist().getId())) {
            InspectionForm.Row row = new InspectionForm.Row();
            row.setItemId(item.getId());
            row.setPassed(true);
            form.getResults().add(row);
        }
        model.addAttribute("inspectionForm", form);
        return formView(scope, id, unit, model);
    }

    @PostMapping("/supervision/plans/{id}/inspect")
    String create(Scope scope, @PathVariable long id, FormKey key,
                  @Valid @ModelAttribute("inspectionForm") InspectionForm form, BindingResult result, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        SupervisionPlan plan = work.plan(scope, id);
        model.addAttribute("plan", plan);
        model.addAttribute("items", planning.itemsOf(plan.getChecklist().getId()));
        try {
            formView(scope, id, form.getUnitId() == null ? -1 : form.getUnitId(), model);
        } catch (NotFoundException e) {
            model.addAttribute("unit", null);
            model.addAttribute("cadres", List.of());
        }
        String view = Forms.submit(result, response, FORM, () -> {
            long saved = key.create(scope, "supervision-inspection", s -> "/supervision/inspections/" + s,
                    () -> work.record(scope, id, form.record()).getId());
            redirect.addFlashAttribute("success", "flash.supervision.inspected");
            return "redirect:/supervision/inspections/" + saved;
        });
        Forms.markRefused(result, response);
        return view;
    }

    @GetMapping("/supervision/inspections/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        FindingForm form = new FindingForm();
        form.setDeadline(LocalDate.now(clock).plusDays(15));
        model.addAttribute("findingForm", form);
        return showView(scope, id, model);
    }

    @PostMapping("/supervision/inspections/{id}/findings")
    String addFinding(Scope scope, @PathVariable long id, FormKey key,
                      @Valid @ModelAttribute("findingForm") FindingForm form, BindingResult result, Model model,
                      HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        showView(scope, id, model);
        List<PhotoUpload> uploads = PhotoUploads.read(form.getPhotos(), maxPhotoSize, clock.getZone(),
                InspectionWork.MAX_PHOTOS, result, "photos");
        String view = Forms.submit(result, response, SHOW, () -> {
            long saved = key.create(scope, "supervision-finding", s -> "/supervision/findings/" + s,
                    () -> work.addFinding(scope, id, form.details(), uploads).getId());
            redirect.addFlashAttribute("success", "flash.supervision.found");
            return "redirect:/supervision/findings/" + saved;
        });
        Forms.markRefused(result, response);
        return view;
    }

    private String formView(Scope scope, long planId, long unitId, Model model) {
        SupervisionPlan plan = work.plan(scope, planId);
        model.addAttribute("plan", plan);
        model.addAttribute("items", planning.itemsOf(plan.getChecklist().getId()));
        model.addAttribute("cadres", work.cadres(scope, planId, unitId));
        model.addAttribute("unit", reading.planUnit(scope, planId, unitId));
        return FORM;
    }

    private String showView(Scope scope, long id, Model model) {
        SupervisionReading.InspectionPage page = reading.inspection(scope, id);
        model.addAttribute("page", page);
        model.addAttribute("i", page.inspection());
        model.addAttribute("items", reading.itemsOf(scope, id));
        model.addAttribute("canAddFinding", work.canAddFinding(scope, page.inspection()));
        model.addAttribute("cadres", page.presences().stream().map(p -> p.getMember()).toList());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("history", reading.inspectionHistory(scope, id));
        return SHOW;
    }
}
