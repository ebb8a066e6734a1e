package cn.helituan.web.assisted;

import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.assisted.IndustrialChain;
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

/** The deployment's industrial chains (重点产业链) that enterprises belong to. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ChainController {

    private static final String LIST = "chains/list";
    private static final String SHOW = "chains/show";

    private final AssistedService objects;

    @GetMapping("/chains")
    String list(Scope scope, Model model) {
        if (!model.containsAttribute("chainForm")) {
            model.addAttribute("chainForm", new ChainForm());
        }
        return listView(scope, model);
    }

    @PostMapping("/chains")
    String create(Scope scope, FormKey key, @Valid @ModelAttribute("chainForm") ChainForm form, BindingResult result,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        scope.requireAccounts();
        listView(scope, model);
        return Forms.submit(result, response, LIST, () -> {
            // a repeated submission answers as the first did: the list, which shows it
            key.create(scope, "chain", saved -> "/chains",
                    () -> objects.createChain(scope, form.getName()).getId());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/chains";
        });
    }

    @GetMapping("/chains/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        IndustrialChain chain = objects.chain(scope, id);
        if (!model.containsAttribute("chainForm")) {
            ChainForm form = new ChainForm();
            form.setName(chain.getName());
            form.setVersion(chain.getVersion());
            model.addAttribute("chainForm", form);
        }
        return showView(scope, id, model);
    }

    @PostMapping("/chains/{id}/edit")
    String rename(Scope scope, @PathVariable long id, @Valid @ModelAttribute("chainForm") ChainForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        scope.requireAccounts();
        showView(scope, id, model);
        return Forms.submit(result, response, SHOW, () -> {
            objects.renameChain(scope, id, form.getVersion(), form.getName());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/chains/" + id;
        });
    }

    @PostMapping("/chains/{id}/archive")
    String archive(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return Forms.redirectAfter(redirect, () -> objects.archiveChain(scope, id, version), "flash.archived",
                "/chains", "/chains/" + id);
    }

    private String listView(Scope scope, Model model) {
        model.addAttribute("chains", objects.chains(scope));
        model.addAttribute("canEdit", scope.canManageAccounts());
        return LIST;
    }

    private String showView(Scope scope, long id, Model model) {
        model.addAttribute("chain", objects.chain(scope, id));
        model.addAttribute("history", objects.chainHistory(scope, id));
        model.addAttribute("canEdit", scope.canManageAccounts());
        return SHOW;
    }
}
