package cn.helituan.web.activity;

import cn.helituan.domain.activity.ActivityType;
import cn.helituan.domain.activity.ActivityTypeService;
import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.common.Scope;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
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

/** 活动类型: the deployment's list of activity types and which outcome figures each one's form asks for. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ActivityTypeController {

    private static final String LIST = "activity-types/list";
    private static final String SHOW = "activity-types/show";

    private final ActivityTypeService types;

    @ModelAttribute("allFigures")
    Figure[] allFigures() {
        return Figure.values();
    }

    @GetMapping("/activity-types")
    String list(Scope scope, Model model) {
        List<ActivityType> all = listView(scope, model);
        if (!model.containsAttribute("typeForm")) {
            ActivityTypeForm form = new ActivityTypeForm();
            form.setSortOrder(all.stream().mapToInt(ActivityType::getSortOrder).max().orElse(0) + 10);
            model.addAttribute("typeForm", form);
        }
        return LIST;
    }

    @PostMapping("/activity-types")
    String create(Scope scope, FormKey key, @Valid @ModelAttribute("typeForm") ActivityTypeForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        listView(scope, model);
        return Forms.submit(result, response, LIST, () -> {
            long id = key.create(scope, "activity-type", saved -> "/activity-types/" + saved,
                    () -> types.create(scope, form.getName(), form.getFigures(), form.getSortOrder()).getId());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/activity-types/" + id;
        });
    }

    @GetMapping("/activity-types/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        ActivityType type = types.get(scope, id);
        if (!model.containsAttribute("typeForm")) {
            model.addAttribute("typeForm", ActivityTypeForm.of(type));
        }
        return showView(scope, id, model);
    }

    @PostMapping("/activity-types/{id}/edit")
    String change(Scope scope, @PathVariable long id, @Valid @ModelAttribute("typeForm") ActivityTypeForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        showView(scope, id, model);
        return Forms.submit(result, response, SHOW, () -> {
            types.change(scope, id, form.getVersion(), form.getName(), form.getFigures(), form.getSortOrder());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/activity-types/" + id;
        });
    }

    @PostMapping("/activity-types/{id}/archive")
    String archive(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        String page = "/activity-types/" + id;
        return Forms.redirectAfter(redirect, () -> types.archive(scope, id, version), "flash.archived", page, page);
    }

    @PostMapping("/activity-types/{id}/restore")
    String restore(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        String page = "/activity-types/" + id;
        return Forms.redirectAfter(redirect, () -> types.restore(scope, id, version), "flash.restored", page, page);
    }

    private List<ActivityType> listView(Scope scope, Model model) {
        List<ActivityType> all = types.all(scope);
        model.addAttribute("types", all);
        model.addAttribute("canEdit", types.canConfigure(scope));
        return all;
    }

    private String showView(Scope scope, long id, Model model) {
        model.addAttribute("type", types.get(scope, id));
        model.addAttribute("history", types.history(scope, id));
        model.addAttribute("canEdit", types.canConfigure(scope));
        return SHOW;
    }
}
