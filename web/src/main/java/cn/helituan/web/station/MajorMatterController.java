package cn.helituan.web.station;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.station.AbsenceService;
import cn.helituan.domain.station.MajorMatter;
import cn.helituan.domain.station.MajorMatterKind;
import cn.helituan.domain.station.MajorMatterService;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Forms;
import cn.helituan.web.common.Pagination;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
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
 * Major-matter reports (重大事项报告): the cadre's form on the phone and their reports, the approvers' list (those
 * waiting, those overdue), a report's page with its acknowledgement and history.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MajorMatterController {

    private static final String FORM = "majorMatters/form";
    private static final String SHOW = "majorMatters/show";

    private final MajorMatterService matters;
    private final AbsenceService absences;
    private final Clock clock;

    @ModelAttribute("matterKinds")
    MajorMatterKind[] kinds() {
        return MajorMatterKind.values();
    }

    @GetMapping("/major-matters")
    String list(Scope scope, @RequestParam(required = false) Boolean open,
                @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "1") int page,
                HttpServletRequest request, Model model) {
        Page<MajorMatter> rows = matters.list(scope, open, overdue, Pagination.request(page, 20));
        model.addAttribute("rows", rows);
        model.addAttribute("pagination", Pagination.of(rows, request));
        model.addAttribute("open", open);
        model.addAttribute("overdue", overdue);
        model.addAttribute("overdueDays", matters.overdueDays());
        model.addAttribute("stationing", absences.stationing(scope).orElse(null));
        return "majorMatters/list";
    }

    @GetMapping("/major-matters/new")
    String createForm(Scope scope, Model model) {
        MajorMatterForm form = new MajorMatterForm();
        form.setHappenedAt(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES));
        model.addAttribute("majorMatterForm", form);
        return formView(scope, model);
    }

    @PostMapping("/major-matters/new")
    String create(Scope scope, FormKey key, @Valid @ModelAttribute("majorMatterForm") MajorMatterForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        formView(scope, model);
        String view = Forms.submit(result, response, FORM, () -> {
            long id = key.create(scope, "major-matter", saved -> "/major-matters/" + saved,
                    () -> matters.report(scope, form.report()).getId());
            redirect.addFlashAttribute("success", "flash.majorMatter.reported");
            return "redirect:/major-matters/" + id;
        });
        Forms.markRefused(result, response);
        return view;
    }

    @GetMapping("/major-matters/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        MajorMatter matter = matters.get(scope, id);
        AcknowledgementForm form = new AcknowledgementForm();
        form.setVersion(matter.getVersion());
        model.addAttribute("acknowledgementForm", form);
        return showView(scope, matter, model);
    }

    @PostMapping("/major-matters/{id}/acknowledge")
    String acknowledge(Scope scope, @PathVariable long id,
                       @Valid @ModelAttribute("acknowledgementForm") AcknowledgementForm form, BindingResult result,
                       Model model, HttpServletResponse response, RedirectAttributes redirect) {
        MajorMatter matter = matters.get(scope, id);
        showView(scope, matter, model);
        String view = Forms.submit(result, response, SHOW, () -> {
            matters.acknowledge(scope, id, form.getVersion(), form.getNote());
            redirect.addFlashAttribute("success", "flash.majorMatter.acknowledged");
            return "redirect:/major-matters/" + id;
        });
        Forms.markRefused(result, response);
        return view;
    }

    private String formView(Scope scope, Model model) {
        model.addAttribute("stationing", absences.stationing(scope)
                .orElseThrow(() -> new ForbiddenException("not stationed")));
        return FORM;
    }

    private String showView(Scope scope, MajorMatter matter, Model model) {
        model.addAttribute("m", matter);
        model.addAttribute("canAcknowledge", matters.canAcknowledge(scope, matter));
        model.addAttribute("history", matters.history(scope, matter.getId()));
        return SHOW;
    }
}
