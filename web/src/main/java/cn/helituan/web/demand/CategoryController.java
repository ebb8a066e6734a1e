package cn.helituan.web.demand;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.demand.DemandCategory;
import cn.helituan.domain.demand.DemandCategoryService;
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

/** 需求类别: the deployment's list of demand and resource categories and the keywords the matching reads. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CategoryController {

    private static final String LIST = "demand-categories/list";
    private static final String SHOW = "demand-categories/show";

    private final DemandCategoryService categories;

    @GetMapping("/demand-categories")
    String list(Scope scope, Model model) {
        List<DemandCategory> all = listView(scope, model);
        CategoryForm form = new CategoryForm();
        form.setSortOrder(all.stream().mapToInt(DemandCategory::getSortOrder).max().orElse(0) + 10);
        model.addAttribute("categoryForm", form);
        return LIST;
    }

    @PostMapping("/demand-categories")
    String create(Scope scope, FormKey key, @Valid @ModelAttribute("categoryForm") CategoryForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        listView(scope, model);
        return Forms.submit(result, response, LIST, () -> {
            long id = key.create(scope, "demand-category", saved -> "/demand-categories/" + saved,
                    () -> categories.create(scope, form.getName(), form.getKeywords(), form.getSortOrder()).getId());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/demand-categories/" + id;
        });
    }

    @GetMapping("/demand-categories/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("categoryForm", CategoryForm.of(categories.get(scope, id)));
        return showView(scope, id, model);
    }

    @PostMapping("/demand-categories/{id}/edit")
    String change(Scope scope, @PathVariable long id, @Valid @ModelAttribute("categoryForm") CategoryForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        showView(scope, id, model);
        return Forms.submit(result, response, SHOW, () -> {
            categories.change(scope, id, form.getVersion(), form.getName(), form.getKeywords(), form.getSortOrder());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/demand-categories/" + id;
        });
    }

    @PostMapping("/demand-categories/{id}/archive")
    String archive(Scope scope, @PathVariable long id, @RequestParam long version,
                   @RequestParam(defaultValue = "true") boolean archived, RedirectAttributes redirect) {
        String page = "/demand-categories/" + id;
        return Forms.redirectAfter(redirect, () -> categories.archive(scope, id, version, archived),
                archived ? "flash.archived" : "flash.restored", page, page);
    }

    private List<DemandCategory> listView(Scope scope, Model model) {
        List<DemandCategory> all = categories.all(scope);
        model.addAttribute("categories", all);
        model.addAttribute("canEdit", categories.canConfigure(scope));
        return all;
    }

    private String showView(Scope scope, long id, Model model) {
        model.addAttribute("category", categories.get(scope, id));
        model.addAttribute("history", categories.history(scope, id));
        model.addAttribute("canEdit", categories.canConfigure(scope));
        return SHOW;
    }
}
