package cn.helituan.web.station;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.station.Absence;
import cn.helituan.domain.station.AbsenceKind;
import cn.helituan.domain.station.AbsenceService;
import cn.helituan.domain.station.AbsenceStatus;
import cn.helituan.domain.station.AwayReason;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Forms;
import cn.helituan.web.common.Pagination;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
 * Days away on duty and leave (外出公务, 请假/销假): the cadre's form on the phone and their requests, the approvers'
 * queue, a request's page with its decision and its history.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AbsenceController {

    private static final String FORM = "absences/form";
    private static final String SHOW = "absences/show";

    private final AbsenceService absences;
    private final Clock clock;

    @ModelAttribute("awayReasons")
    AwayReason[] awayReasons() {
        return AwayReason.values();
    }

    @GetMapping("/absences")
    String list(Scope scope, @RequestParam(required = false) AbsenceStatus status,
                @RequestParam(required = false) AbsenceKind kind, @RequestParam(defaultValue = "1") int page,
                HttpServletRequest request, Model model) {
        Page<Absence> rows = absences.list(scope, status, kind, Pagination.request(page, 20));
        model.addAttribute("rows", rows);
        model.addAttribute("pagination", Pagination.of(rows, request));
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("statuses", AbsenceStatus.values());
        model.addAttribute("kinds", AbsenceKind.values());
        model.addAttribute("approver", absences.approver(scope));
        model.addAttribute("stationing", absences.stationing(scope).orElse(null));
        return "absences/list";
    }

    @GetMapping("/absences/new")
    String createForm(Scope scope, @RequestParam(required = false) AbsenceKind kind, Model model) {
        AbsenceForm form = new AbsenceForm();
        form.setKind(kind == null ? AbsenceKind.LEAVE : kind);
        LocalDate today = LocalDate.now(clock);
        form.setStartsOn(today);
        form.setEndsOn(today);
        model.addAttribute("absenceForm", form);
        return formView(scope, model);
    }

    @PostMapping("/absences/new")
    String create(Scope scope, FormKey key, @Valid @ModelAttribute("absenceForm") AbsenceForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        formView(scope, model);
        String view = Forms.submit(result, response, FORM, () -> {
            long id = key.create(scope, "absence", saved -> "/absences/" + saved,
                    () -> absences.ask(scope, form.ask()).getId());
            redirect.addFlashAttribute("success", "flash.absence.asked");
            return "redirect:/absences/" + id;
        });
        Forms.markRefused(result, response);
        return view;
    }

    @GetMapping("/absences/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        Absence absence = absences.get(scope, id);
        DecisionForm form = new DecisionForm();
        form.setVersion(absence.getVersion());
        form.setApprove(true);
        model.addAttribute("decisionForm", form);
        return showView(scope, absence, model);
    }

    @PostMapping("/absences/{id}/decide")
    String decide(Scope scope, @PathVariable long id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Absence absence = absences.get(scope, id);
        showView(scope, absence, model);
        String view = Forms.submit(result, response, SHOW, () -> {
            absences.decide(scope, id, form.getVersion(), form.isApprove(), form.getNote());
            redirect.addFlashAttribute("success", form.isApprove() ? "flash.absence.approved"
                    : "flash.absence.refused");
            return "redirect:/absences/" + id;
        });
        Forms.markRefused(result, response);
        return view;
    }

    @PostMapping("/absences/{id}/back")
    String reportBack(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        absences.get(scope, id);
        return Forms.redirectAfter(redirect, () -> absences.reportBack(scope, id, version), "flash.absence.back",
                "/absences/" + id, "/absences/" + id);
    }

    private String formView(Scope scope, Model model) {
        model.addAttribute("stationing", absences.stationing(scope)
                .orElseThrow(() -> new cn.helituan.domain.common.ForbiddenException("not stationed")));
        model.addAttribute("kinds", AbsenceKind.values());
        return FORM;
    }

    private String showView(Scope scope, Absence absence, Model model) {
        model.addAttribute("a", absence);
        model.addAttribute("canDecide", absences.canDecide(scope, absence));
        model.addAttribute("canReportBack", scope.memberId() != null
                && scope.memberId().equals(absence.getMember().getId())
                && absence.canReportBackOn(LocalDate.now(clock)));
        model.addAttribute("history", absences.history(scope, absence.getId()));
        return SHOW;
    }
}
