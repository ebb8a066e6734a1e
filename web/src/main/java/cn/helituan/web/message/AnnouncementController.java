package cn.helituan.web.message;

import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.message.AnnouncementRow;
import cn.helituan.domain.message.AnnouncementService;
import cn.helituan.domain.team.UnitService;
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

/**
 * Announcements (通知公告): the org admin's list with how many received and read each, the form that publishes one
 * (once per form key), and an announcement's page, which its recipients open from their message.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AnnouncementController {

    private static final int PAGE_SIZE = 20;
    private static final String FORM = "announcements/form";

    private final AnnouncementService announcements;
    private final UnitService units;

    @GetMapping("/announcements")
    String list(Scope scope, @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        Page<AnnouncementRow> rows = announcements.list(scope, Pagination.request(page, PAGE_SIZE));
        model.addAttribute("rows", rows);
        model.addAttribute("pagination", Pagination.of(rows, request));
        return "announcements/list";
    }

    @GetMapping("/announcements/new")
    String form(Scope scope, Model model) {
        scope.requireAccounts();
        if (!model.containsAttribute("announcementForm")) {
            model.addAttribute("announcementForm", new AnnouncementForm());
        }
        return formView(scope, model);
    }

    @PostMapping("/announcements")
    String publish(Scope scope, FormKey key, @Valid @ModelAttribute("announcementForm") AnnouncementForm form,
                   BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        scope.requireAccounts();
        formView(scope, model);
        return Forms.submit(result, response, FORM, () -> {
            long id = key.create(scope, "announcement", saved -> "/announcements/" + saved,
                    () -> announcements.publish(scope, form.toDetails()).getId());
            redirect.addFlashAttribute("success", "flash.announcement.published");
            return "redirect:/announcements/" + id;
        });
    }

    @GetMapping("/announcements/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        AnnouncementRow row = announcements.get(scope, id);
        model.addAttribute("row", row);
        model.addAttribute("manages", announcements.manages(scope, row.announcement()));
        return "announcements/show";
    }

    private String formView(Scope scope, Model model) {
        Object form = model.getAttribute("announcementForm");
        model.addAttribute("units", units.formChoices(scope,
                form instanceof AnnouncementForm f ? f.getScopeUnitId() : null));
        model.addAttribute("roles", Role.values());
        model.addAttribute("wholeDeployment", scope.wholeDeployment());
        return FORM;
    }
}
