package cn.helituan.web.member;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.member.WorkUnitKind;
import cn.helituan.domain.member.WorkUnitService;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Forms;
import cn.helituan.web.common.Pagination;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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

/** The list of dispatching units (派出单位). */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WorkUnitController {

    private static final String FORM = "work-units/form";

    private final WorkUnitService workUnits;

    @ModelAttribute("workUnitKinds")
    WorkUnitKind[] kinds() {
        return WorkUnitKind.values();
    }

    @GetMapping("/work-units")
    String list(Scope scope, @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        Page<WorkUnit> rows = workUnits.page(scope, Pagination.request(page, 50));
        model.addAttribute("rows", rows);
        model.addAttribute("pagination", Pagination.of(rows, request));
        model.addAttribute("canEdit", scope.canManageAccounts());
        return "work-units/list";
    }

    @GetMapping("/work-units/new")
    String createForm(Scope scope, Model model) {
        scope.requireAccounts();
        model.addAttribute("workUnitForm", new WorkUnitForm());
        return FORM;
    }

    @PostMapping("/work-units/new")
    String create(Scope scope, FormKey key, @Valid @ModelAttribute("workUnitForm") WorkUnitForm form,
                  BindingResult result, HttpServletResponse response, RedirectAttributes redirect) {
        scope.requireAccounts();
        return Forms.submit(result, response, FORM, () -> {
            // a repeated submission answers as the first did: the list, which shows it
            key.create(scope, "work-unit", saved -> "/work-units",
                    () -> workUnits.create(scope, form.getName(), form.getKind()).getId());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/work-units";
        });
    }

    @GetMapping("/work-units/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        WorkUnit unit = workUnits.get(scope, id);
        model.addAttribute("workUnit", unit);
        model.addAttribute("history", workUnits.history(scope, id));
        model.addAttribute("canEdit", scope.canManageAccounts());
        return "work-units/show";
    }

    @GetMapping("/work-units/{id}/edit")
    String editForm(Scope scope, @PathVariable long id, Model model) {
        scope.requireAccounts();
        WorkUnit unit = workUnits.get(scope, id);
        WorkUnitForm form = new WorkUnitForm();
        form.setName(unit.getName());
        form.setKind(unit.getKind());
        form.setVersion(unit.getVersion());
        model.addAttribute("workUnitForm", form);
        model.addAttribute("workUnit", unit);
        return FORM;
    }

    @PostMapping("/work-units/{id}/edit")
    String update(Scope scope, @PathVariable long id, @Valid @ModelAttribute("workUnitForm") WorkUnitForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        scope.requireAccounts();
        model.addAttribute("workUnit", workUnits.get(scope, id));
        return Forms.submit(result, response, FORM, () -> {
            workUnits.update(scope, id, form.getVersion(), form.getName(), form.getKind());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/work-units/" + id;
        });
    }

    @PostMapping("/work-units/{id}/archive")
    String archive(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return Forms.redirectAfter(redirect, () -> workUnits.archive(scope, id, version), "flash.archived",
                "/work-units", "/work-units/" + id);
    }
}
