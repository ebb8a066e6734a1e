package cn.helituan.web.supervision;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.supervision.Finding;
import cn.helituan.domain.supervision.FindingQuery;
import cn.helituan.domain.supervision.FindingStatus;
import cn.helituan.domain.supervision.Severity;
import cn.helituan.domain.supervision.FindingWork;
import cn.helituan.domain.supervision.SupervisionAccess;
import cn.helituan.domain.supervision.SupervisionReading;
import cn.helituan.web.common.Forms;
import cn.helituan.web.common.Pagination;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
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
 * Findings and their rectification (整改): the list (by state, the overdue ones), a finding's page with its photos,
 * trail and the step its reader may take — answer, accept or return, reopen.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FindingController {

    private static final String SHOW = "supervision/finding";

    private final SupervisionReading reading;
    private final FindingWork work;
    private final SupervisionAccess access;

    @ModelAttribute("findingStatuses")
    FindingStatus[] statuses() {
        return FindingStatus.values();
    }

    /**
     * The findings in the reader's scope; {@code unit}, {@code from} and {@code to} narrow it to a group's findings
     * found in those days (an evaluation's findings figure opens it so).
     */
    @GetMapping("/supervision/findings")
    String list(Scope scope, @RequestParam(required = false) List<FindingStatus> status,
                @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) Long unit,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        Page<Finding> rows = reading.findings(scope, new FindingQuery(status, overdue, unit, from, to),
                Pagination.request(page, 20));
        model.addAttribute("rows", rows);
        model.addAttribute("pagination", Pagination.of(rows, request));
        model.addAttribute("status", status == null || status.size() != 1 ? null : status.get(0));
        model.addAttribute("overdue", overdue);
        model.addAttribute("group", unit == null ? null : reading.group(scope, unit));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("today", reading.today());
        return "supervision/findings";
    }

    @GetMapping("/supervision/findings/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        SupervisionReading.FindingPage page = reading.finding(scope, id);
        StepForm form = new StepForm();
        form.setVersion(page.finding().getVersion());
        if (!page.finding().isClosed()) {
            // the correction form starts from what the finding says
            form.setWhat(page.finding().getWhat());
            form.setSeverity(page.finding().getSeverity());
            form.setDeadline(page.finding().getDeadline());
        }
        model.addAttribute("stepForm", form);
        return showView(scope, page, model);
    }

    @PostMapping("/supervision/findings/{id}/answer")
    String answer(Scope scope, @PathVariable long id, @Valid @ModelAttribute("stepForm") StepForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return step(scope, id, result, model, response, redirect, "flash.supervision.answered",
                () -> work.answer(scope, id, form.getVersion(), form.getAnswer()));
    }

    @PostMapping("/supervision/findings/{id}/verify")
    String verify(Scope scope, @PathVariable long id, @Valid @ModelAttribute("stepForm") StepForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return step(scope, id, result, model, response, redirect,
                form.isAccepted() ? "flash.supervision.accepted" : "flash.supervision.returned",
                () -> work.verify(scope, id, form.getVersion(), form.isAccepted(), form.getReason()));
    }

    @PostMapping("/supervision/findings/{id}/reopen")
    String reopen(Scope scope, @PathVariable long id, @Valid @ModelAttribute("stepForm") StepForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return step(scope, id, result, model, response, redirect, "flash.supervision.reopened",
                () -> work.reopen(scope, id, form.getVersion(), form.getReason(), form.getDeadline()));
    }

    /** The inspector corrects an open finding (what, severity, deadline); a closed one is reopened instead. */
    @PostMapping("/supervision/findings/{id}/edit")
    String edit(Scope scope, @PathVariable long id, @Valid @ModelAttribute("stepForm") StepForm form,
                BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("editing", true); // shown again refused: the form open, what was typed in it
        return step(scope, id, result, model, response, redirect, "flash.saved",
                () -> work.change(scope, id, form.getVersion(), form.getWhat(), form.getSeverity(),
                        form.getDeadline()));
    }

    private String step(Scope scope, long id, BindingResult result, Model model, HttpServletResponse response,
                        RedirectAttributes redirect, String success, Runnable action) {
        showView(scope, reading.finding(scope, id), model);
        String view = Forms.submit(result, response, SHOW, () -> {
            action.run();
            redirect.addFlashAttribute("success", success);
            return "redirect:/supervision/findings/" + id;
        });
        Forms.markRefused(result, response);
        return view;
    }

    private String showView(Scope scope, SupervisionReading.FindingPage page, Model model) {
        Finding f = page.finding();
        model.addAttribute("page", page);
        model.addAttribute("f", f);
        model.addAttribute("today", reading.today());
        boolean answers = access.answers(scope, f);
        boolean verifies = access.verifies(scope, f);
        model.addAttribute("canAnswer", answers && (f.getStatus() == FindingStatus.OPEN
                || f.getStatus() == FindingStatus.RETURNED));
        model.addAttribute("canVerify", verifies && f.getStatus() == FindingStatus.ANSWERED
                && !scope.username().equals(f.getAnsweredBy()));
        model.addAttribute("canReopen", verifies && f.isClosed());
        model.addAttribute("canEdit", verifies && !f.isClosed());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("canAddPhotos", (answers || verifies) && !f.isClosed());
        model.addAttribute("recordsMeasures", access.recordsMeasures(scope));
        model.addAttribute("history", reading.findingHistory(scope, f.getId()));
        return SHOW;
    }
}
