package cn.helituan.web.supervision;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.supervision.MeasureKind;
import cn.helituan.domain.supervision.MeasureKindService;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Formats;
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

/**
 * 处理方式: the deployment's kinds of measure against cadres (提醒谈话 … 组织调整 and the department's own); a refused
 * form answers 422 as the measure form does.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MeasureKindController {

    private static final String LIST = "supervision/measureKinds";
    private static final String SHOW = "supervision/measureKind";

    private final MeasureKindService kinds;
    private final Formats fmt;

    @GetMapping("/supervision/measure-kinds")
    String list(Scope scope, Model model) {
        List<MeasureKind> all = listView(scope, model);
        MeasureKindForm form = new MeasureKindForm();
        form.setSortOrder(all.stream().mapToInt(MeasureKind::getSortOrder).max().orElse(0) + 10);
        model.addAttribute("kindForm", form);
        return LIST;
    }

    @PostMapping("/supervision/measure-kinds")
    String create(Scope scope, FormKey key, @Valid @ModelAttribute("kindForm") MeasureKindForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        listView(scope, model);
        String view = Forms.submit(result, response, LIST, () -> {
            long id = key.create(scope, "measure-kind", saved -> "/supervision/measure-kinds/" + saved,
                    () -> kinds.create(scope, form.getName(), form.getSortOrder()).getId());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/supervision/measure-kinds/" + id;
        });
        Forms.markRefused(result, response);
        return view;
    }

    @GetMapping("/supervision/measure-kinds/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("kindForm", MeasureKindForm.of(kinds.get(scope, id)));
        return showView(scope, id, model);
    }

    @PostMapping("/supervision/measure-kinds/{id}/edit")
    String change(Scope scope, @PathVariable long id, @Valid @ModelAttribute("kindForm") MeasureKindForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        showView(scope, id, model);
        String view = Forms.submit(result, response, SHOW, () -> {
            kinds.change(scope, id, form.getVersion(), form.getName(), form.getSortOrder());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/supervision/measure-kinds/" + id;
        });
        Forms.markRefused(result, response);
        return view;
    }

    @PostMapping("/supervision/measure-kinds/{id}/archive")
    String archive(Scope scope, @PathVariable long id, @RequestParam long version,
                   @RequestParam(defaultValue = "true") boolean archived, RedirectAttributes redirect) {
        String page = "/supervision/measure-kinds/" + id;
        return Forms.redirectAfter(redirect, () -> kinds.archive(scope, id, version, archived),
                archived ? "flash.archived" : "flash.restored", page, page);
    }

    private List<MeasureKind> listView(Scope scope, Model model) {
        List<MeasureKind> all = kinds.all(scope);
        model.addAttribute("kinds", all);
        model.addAttribute("canEdit", kinds.canConfigure(scope));
        return all;
    }

    private String showView(Scope scope, long id, Model model) {
        MeasureKind kind = kinds.get(scope, id);
        model.addAttribute("kind", kind);
        // the title in the page's language, made here: a layout parameter may not call a bean
        model.addAttribute("kindName", fmt.named(kind));
        model.addAttribute("history", kinds.history(scope, id));
        model.addAttribute("canEdit", kinds.canConfigure(scope));
        return SHOW;
    }
}
