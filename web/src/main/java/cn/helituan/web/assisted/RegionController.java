package cn.helituan.web.assisted;

import cn.helituan.domain.assisted.Region;
import cn.helituan.domain.assisted.RegionLevel;
import cn.helituan.domain.assisted.RegionService;
import cn.helituan.domain.common.Scope;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrative regions (行政区划): county → town → village or community. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RegionController {

    private static final String FORM = "regions/form";

    private final RegionService regions;

    @ModelAttribute("regionLevels")
    RegionLevel[] levels() {
        return RegionLevel.values();
    }

    @GetMapping("/regions")
    String tree(Scope scope, Model model) {
        model.addAttribute("regions", regions.tree(scope));
        model.addAttribute("canEdit", scope.canManageAccounts());
        return "regions/tree";
    }

    @GetMapping("/regions/new")
    String createForm(Scope scope, @RequestParam(required = false) Long parent, Model model) {
        scope.requireAccounts();
        RegionForm form = new RegionForm();
        if (parent != null) {
            Region above = regions.get(scope, parent);
            form.setParentId(above.getId());
            form.setLevel(above.getLevel() == RegionLevel.COUNTY ? RegionLevel.TOWN : RegionLevel.VILLAGE);
        } else {
            form.setLevel(RegionLevel.COUNTY);
        }
        model.addAttribute("regionForm", form);
        return formView(scope, model);
    }

    @PostMapping("/regions/new")
    String create(Scope scope, FormKey key, @Valid @ModelAttribute("regionForm") RegionForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        scope.requireAccounts();
        formView(scope, model);
        return Forms.submit(result, response, FORM, () -> {
            long id = key.create(scope, "region", saved -> "/regions/" + saved,
                    () -> regions.create(scope, form.getParentId(), form.getLevel(), form.getName(),
                            form.getCode()).getId());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/regions/" + id;
        });
    }

    @GetMapping("/regions/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        Region region = regions.get(scope, id);
        model.addAttribute("region", region);
        model.addAttribute("parent", region.getParentId() == null ? null : regions.get(scope, region.getParentId()));
        model.addAttribute("history", regions.history(scope, id));
        model.addAttribute("canEdit", scope.canManageAccounts());
        return "regions/show";
    }

    @GetMapping("/regions/{id}/edit")
    String editForm(Scope scope, @PathVariable long id, Model model) {
        scope.requireAccounts();
        Region region = regions.get(scope, id);
        RegionForm form = new RegionForm();
        form.setParentId(region.getParentId());
        form.setLevel(region.getLevel());
        form.setName(region.getName());
        form.setCode(region.getCode());
        form.setVersion(region.getVersion());
        model.addAttribute("region", region);
        model.addAttribute("regionForm", form);
        return formView(scope, model);
    }

    @PostMapping("/regions/{id}/edit")
    String update(Scope scope, @PathVariable long id, @Valid @ModelAttribute("regionForm") RegionForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        scope.requireAccounts();
        model.addAttribute("region", regions.get(scope, id));
        formView(scope, model);
        return Forms.submit(result, response, FORM, () -> {
            regions.update(scope, id, form.getVersion(), form.getName(), form.getCode());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/regions/" + id;
        });
    }

    @PostMapping("/regions/{id}/archive")
    String archive(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return Forms.redirectAfter(redirect, () -> regions.archive(scope, id, version), "flash.archived",
                "/regions", "/regions/" + id);
    }

    private String formView(Scope scope, Model model) {
        model.addAttribute("parents", regions.tree(scope).stream()
                .filter(r -> r.level() != RegionLevel.VILLAGE).toList());
        return FORM;
    }
}
