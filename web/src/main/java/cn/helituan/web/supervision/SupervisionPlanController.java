package cn.helituan.web.supervision;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.supervision.ChecklistItem;
import cn.helituan.domain.supervision.ItemMethod;
import cn.helituan.domain.supervision.SupervisionPlan;
import cn.helituan.domain.supervision.SupervisionPlanning;
import cn.helituan.domain.supervision.SupervisionReading;
import cn.helituan.domain.team.UnitService;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Forms;
import cn.helituan.web.common.Pagination;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Supervision's plans (the department's and the inspectors' start page) and the checklist in versions. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SupervisionPlanController {

    private static final String FORM = "supervision/planForm";
    private static final String CHECKLIST = "supervision/checklist";
    /** Groups on a page of a plan (a province's plan names thousands). */
    private static final int UNITS_A_PAGE = 50;

    private final SupervisionPlanning planning;
    private final SupervisionReading reading;
    private final UnitService units;
    private final cn.helituan.domain.supervision.SupervisionAccess access;

    @ModelAttribute("itemMethods")
    ItemMethod[] methods() {
        return ItemMethod.values();
    }

    @GetMapping("/supervision")
    String list(Scope scope, @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        Page<SupervisionPlan> rows = reading.plans(scope, Pagination.request(page, 20));
        model.addAttribute("rows", rows);
        model.addAttribute("pagination", Pagination.of(rows, request));
        model.addAttribute("manages", scope.role() == cn.helituan.domain.common.Role.ORG_ADMIN);
        model.addAttribute("editsChecklist", scope.wholeDeployment());
        return "supervision/plans";
    }

    @GetMapping("/supervision/plans/new")
    String createForm(Scope scope, Model model) {
        PlanForm form = new PlanForm();
        LocalDate[] half = SupervisionPlanning.halfMonthOf(planning.today());
        form.setStartsOn(half[0]);
        form.setEndsOn(half[1]);
        form.setSeed(ThreadLocalRandom.current().nextLong(1, 1_000_000_000L));
        model.addAttribute("planForm", form);
        return formView(scope, form, model);
    }

    @PostMapping("/supervision/plans/new")
    String create(Scope scope, FormKey key, @Valid @ModelAttribute("planForm") PlanForm form, BindingResult result,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        formView(scope, form, model);
        String view = Forms.submit(result, response, FORM, () -> {
            long id = key.create(scope, "supervision-plan", saved -> "/supervision/plans/" + saved,
                    () -> planning.create(scope, form.command()).getId());
            redirect.addFlashAttribute("success", "flash.supervision.planned");
            return "redirect:/supervision/plans/" + id;
        });
        Forms.markRefused(result, response);
        return view;
    }

    @GetMapping("/supervision/plans/{id}")
    String show(Scope scope, @PathVariable long id, @RequestParam(defaultValue = "1") int page,
                HttpServletRequest request, Model model) {
        SupervisionReading.PlanPage shown = reading.plan(scope, id, Pagination.request(page, UNITS_A_PAGE));
        model.addAttribute("page", shown);
        model.addAttribute("unitsPagination", Pagination.of(shown.units(), request));
        model.addAttribute("p", shown.plan());
        model.addAttribute("items", planning.itemsOf(shown.plan().getChecklist().getId()));
        model.addAttribute("inspectable", shown.units().stream().map(SupervisionReading.PlanUnit::unit)
                .filter(u -> access.inspects(scope, shown.plan(), u)).map(u -> u.getId())
                .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("history", reading.planHistory(scope, id));
        return "supervision/plan";
    }

    @GetMapping("/supervision/checklist")
    String checklist(Scope scope, Model model) {
        requireManager(scope);
        ChecklistForm form = new ChecklistForm();
        for (ChecklistItem item : planning.itemsOf(planning.current().getId())) {
            ChecklistForm.Row row = new ChecklistForm.Row();
            row.setName(item.getName());
            row.setMethod(item.getMethod());
            row.setMaxScore(item.getMaxScore());
            form.getItems().add(row);
        }
        form.getItems().add(new ChecklistForm.Row());
        model.addAttribute("checklistForm", form);
        return checklistView(scope, model);
    }

    @PostMapping("/supervision/checklist")
    String newVersion(Scope scope, @Valid @ModelAttribute("checklistForm") ChecklistForm form, BindingResult result,
                      Model model, HttpServletResponse response, RedirectAttributes redirect) {
        requireManager(scope);
        checklistView(scope, model);
        String view = Forms.submit(result, response, CHECKLIST, () -> {
            planning.newVersion(scope, form.getNote(), form.lines());
            redirect.addFlashAttribute("success", "flash.supervision.checklistSaved");
            return "redirect:/supervision/checklist";
        });
        Forms.markRefused(result, response);
        return view;
    }

    private void requireManager(Scope scope) {
        if (scope.role() != cn.helituan.domain.common.Role.ORG_ADMIN) {
            throw new ForbiddenException("checklist");
        }
    }

    private String checklistView(Scope scope, Model model) {
        model.addAttribute("current", planning.current());
        model.addAttribute("currentItems", planning.itemsOf(planning.current().getId()));
        model.addAttribute("editsChecklist", scope.wholeDeployment());
        return CHECKLIST;
    }

    private String formView(Scope scope, PlanForm form, Model model) {
        if (scope.role() != cn.helituan.domain.common.Role.ORG_ADMIN) {
            throw new ForbiddenException("supervision plan");
        }
        model.addAttribute("units", units.formChoices(scope, form.getScopeUnitId()));
        model.addAttribute("inspectors", planning.inspectors(scope));
        return FORM;
    }
}
