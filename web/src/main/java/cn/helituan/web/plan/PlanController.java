package cn.helituan.web.plan;

import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.plan.AnnualPlan;
import cn.helituan.domain.plan.PlanQuery;
import cn.helituan.domain.plan.PlanReviewService;
import cn.helituan.domain.plan.PlanService;
import cn.helituan.domain.plan.PlanWritingService;
import cn.helituan.domain.plan.PlanStatus;
import cn.helituan.domain.plan.PlanTask;
import cn.helituan.domain.plan.TaskKind;
import cn.helituan.domain.plan.TaskQuery;
import cn.helituan.domain.plan.TaskRow;
import cn.helituan.domain.team.UnitService;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Forms;
import cn.helituan.web.common.Pagination;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
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
 * 年度帮扶计划: the year's plans of the groups in scope (with those not handed in), a group's plan with its problems,
 * its two lists of tasks planned against actual, and its workflow (hand in, approve, return, amend).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlanController {

    private static final String TASK_FORM = "plans/task-form";

    private final PlanService plans;
    private final PlanWritingService writing;
    private final PlanReviewService reviews;
    private final UnitService units;
    private final Clock clock;

    @ModelAttribute("taskKinds")
    TaskKind[] taskKinds() {
        return TaskKind.values();
    }

    @GetMapping("/plans")
    String list(Scope scope, @RequestParam(required = false) Integer year, @RequestParam(required = false) Long unit,
                @RequestParam(required = false) PlanStatus status, @RequestParam(defaultValue = "false") boolean missing,
                @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        PlanQuery query = new PlanQuery(year == null ? LocalDate.now(clock).getYear() : year, unit, status, missing);
        PlanService.PlanList list = plans.list(scope, query, Pagination.request(page, 20));
        model.addAttribute("rows", list.rows());
        model.addAttribute("tally", list.tally());
        model.addAttribute("deadline", list.deadline());
        model.addAttribute("late", LocalDate.now(clock).isAfter(list.deadline()));
        model.addAttribute("query", query);
        model.addAttribute("statuses", PlanStatus.values());
        model.addAttribute("units", units.filterOptions(scope, unit));
        model.addAttribute("canSetDeadline", scope.wholeDeployment());
        model.addAttribute("pagination", Pagination.of(list.rows(), request));
        model.addAttribute("exportUrl", Pagination.withoutPage("/plans/export", request));
        return "plans/list";
    }

    /** 任务清单: the year's tasks of every group in scope, planned against actual, by group and list. */
    @GetMapping("/plans/tasks")
    String tasks(Scope scope, @RequestParam(required = false) Integer year, @RequestParam(required = false) Long unit,
                 @RequestParam(required = false) TaskKind kind, @RequestParam(defaultValue = "false") boolean open,
                 @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        TaskQuery query = new TaskQuery(year == null ? LocalDate.now(clock).getYear() : year, unit, kind, open);
        org.springframework.data.domain.Page<TaskRow> rows = plans.tasks(scope, query,
                Pagination.request(page, 20));
        model.addAttribute("rows", rows);
        model.addAttribute("query", query);
        model.addAttribute("units", units.filterOptions(scope, unit));
        model.addAttribute("pagination", Pagination.of(rows, request));
        model.addAttribute("exportUrl", Pagination.withoutPage("/plans/tasks/export", request));
        return "plans/tasks";
    }

    @PostMapping("/plans/deadline")
    String deadline(Scope scope, @RequestParam int year,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                    RedirectAttributes redirect) {
        String page = "/plans?year=" + year;
        return Forms.redirectAfter(redirect, () -> reviews.setDeadline(scope, year, dueOn), "flash.plan.deadline",
                page, page);
    }

    /** A group's plan for the year: its page, or the way to start it. */
    @GetMapping("/plans/group/{groupId}")
    String ofGroup(Scope scope, @PathVariable long groupId, @RequestParam(required = false) Integer year,
                   Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        Optional<AnnualPlan> plan = plans.find(scope, groupId, y);
        if (plan.isPresent()) {
            return "redirect:/plans/" + plan.get().getId();
        }
        model.addAttribute("group", units.get(scope, groupId));
        model.addAttribute("year", y);
        model.addAttribute("deadline", plans.deadline(y));
        model.addAttribute("canStart", scope.canManageStructure()
                || scope.role() == cn.helituan.domain.common.Role.GROUP_LEADER && Long.valueOf(groupId)
                .equals(scope.unitId()));
        return "plans/start";
    }

    @PostMapping("/plans/group/{groupId}/start")
    String start(Scope scope, @PathVariable long groupId, @RequestParam int year, FormKey key,
                 RedirectAttributes redirect) {
        long plan = key.create(scope, "plan", saved -> "/plans/" + saved,
                () -> writing.start(scope, groupId, year).getId());
        redirect.addFlashAttribute("success", "flash.plan.started");
        return "redirect:/plans/" + plan;
    }

    @GetMapping("/plans/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("view", plans.view(scope, id));
        model.addAttribute("figures", Figure.values());
        return "plans/show";
    }

    @PostMapping("/plans/{id}/summary")
    String summary(Scope scope, @PathVariable long id, @RequestParam long version,
                   @RequestParam(required = false) String summary, @RequestParam(required = false) String amendment,
                   RedirectAttributes redirect) {
        return step(redirect, id, () -> writing.summarize(scope, id, version, blank(summary), amendment),
                "flash.saved");
    }

    @PostMapping("/plans/{id}/submit")
    String submit(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return step(redirect, id, () -> writing.submit(scope, id, version), "flash.plan.submitted");
    }

    @PostMapping("/plans/{id}/approve")
    String approve(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return step(redirect, id, () -> reviews.approve(scope, id, version), "flash.plan.approved");
    }

    @PostMapping("/plans/{id}/return")
    String giveBack(Scope scope, @PathVariable long id, @RequestParam long version,
                    @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return step(redirect, id, () -> reviews.giveBack(scope, id, version, reason), "flash.plan.returned");
    }

    @PostMapping("/plans/{id}/problems")
    String addProblem(Scope scope, @PathVariable long id, @RequestParam(required = false) Long objectId,
                      @RequestParam(required = false) String description,
                      @RequestParam(required = false) String amendment, FormKey key, RedirectAttributes redirect) {
        // the key notes the plan, whose page shows the problem (which has no id before the flush)
        return step(redirect, id, () -> key.create(scope, "plan-problem", plan -> "/plans/" + plan, () -> {
            writing.addProblem(scope, id, objectId, description, amendment);
            return id;
        }),
                "flash.plan.problemAdded");
    }

    @PostMapping("/plans/{id}/problems/{problemId}/remove")
    String removeProblem(Scope scope, @PathVariable long id, @PathVariable long problemId,
                         @RequestParam(required = false) String amendment, RedirectAttributes redirect) {
        return step(redirect, id, () -> writing.removeProblem(scope, id, problemId, amendment),
                "flash.plan.problemRemoved");
    }

    @GetMapping("/plans/{id}/tasks/new")
    String newTask(Scope scope, @PathVariable long id, @RequestParam(defaultValue = "ROUTINE") TaskKind kind,
                   Model model) {
        TaskForm form = new TaskForm();
        form.setKind(kind);
        model.addAttribute("taskForm", form);
        return taskView(scope, plans.view(scope, id), null, model);
    }

    @PostMapping("/plans/{id}/tasks/new")
    String addTask(Scope scope, @PathVariable long id, FormKey key, @Valid @ModelAttribute("taskForm") TaskForm form,
                   BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        taskView(scope, plans.view(scope, id), null, model);
        return Forms.submit(result, response, TASK_FORM, () -> {
            key.create(scope, "plan-task", plan -> "/plans/" + plan, () -> {
                writing.addTask(scope, id, form.toDetails(), form.getAmendment());
                return id;
            });
            redirect.addFlashAttribute("success", "flash.plan.taskAdded");
            return "redirect:/plans/" + id;
        });
    }

    @GetMapping("/plans/{id}/tasks/{taskId}/edit")
    String editTask(Scope scope, @PathVariable long id, @PathVariable long taskId, Model model) {
        PlanService.PlanView view = plans.view(scope, id);
        PlanTask task = task(view, taskId);
        model.addAttribute("taskForm", TaskForm.of(task));
        return taskView(scope, view, task, model);
    }

    @PostMapping("/plans/{id}/tasks/{taskId}/edit")
    String saveTask(Scope scope, @PathVariable long id, @PathVariable long taskId,
                    @Valid @ModelAttribute("taskForm") TaskForm form, BindingResult result, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        PlanService.PlanView view = plans.view(scope, id);
        taskView(scope, view, task(view, taskId), model);
        return Forms.submit(result, response, TASK_FORM, () -> {
            writing.editTask(scope, id, taskId, form.getVersion(), form.toDetails(), form.getAmendment());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/plans/" + id;
        });
    }

    @PostMapping("/plans/{id}/tasks/{taskId}/remove")
    String removeTask(Scope scope, @PathVariable long id, @PathVariable long taskId,
                      @RequestParam(required = false) String amendment, RedirectAttributes redirect) {
        return step(redirect, id, () -> writing.removeTask(scope, id, taskId, amendment), "flash.plan.taskRemoved");
    }

    @PostMapping("/plans/{id}/tasks/{taskId}/done")
    String done(Scope scope, @PathVariable long id, @PathVariable long taskId, RedirectAttributes redirect) {
        return step(redirect, id, () -> writing.markDone(scope, id, taskId), "flash.plan.taskDone");
    }

    private static PlanTask task(PlanService.PlanView view, long taskId) {
        return view.plan().liveTasks().stream().filter(t -> t.getId() == taskId).findFirst()
                .orElseThrow(() -> new cn.helituan.domain.common.NotFoundException("task", taskId));
    }

    private String taskView(Scope scope, PlanService.PlanView view, PlanTask editing, Model model) {
        if (!plans.writes(scope, view.plan())) {
            throw new cn.helituan.domain.common.ForbiddenException("write plan");
        }
        model.addAttribute("view", view);
        model.addAttribute("editing", editing);
        model.addAttribute("figures", Figure.values());
        return TASK_FORM;
    }

    private static String step(RedirectAttributes redirect, long id, Runnable action, String successKey) {
        String page = "/plans/" + id;
        return Forms.redirectAfter(redirect, action, successKey, page, page);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
