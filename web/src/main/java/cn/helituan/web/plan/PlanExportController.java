package cn.helituan.web.plan;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.plan.PlanQuery;
import cn.helituan.domain.plan.PlanRow;
import cn.helituan.domain.plan.PlanService;
import cn.helituan.domain.plan.PlanStatus;
import cn.helituan.domain.team.UnitService;
import cn.helituan.web.common.Exports;
import cn.helituan.web.common.Formats;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The plan list as it is filtered, to Excel: each group of the scope with its plan's state and tasks done. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlanExportController {

    private static final List<String> HEADERS = List.of("plans.year", "field.AnnualPlan.group",
            "field.AnnualPlan.status", "field.AnnualPlan.submittedAt", "plans.export.tasks", "plans.export.done");

    private final PlanService plans;
    private final UnitService units;
    private final Exports exports;
    private final Formats formats;
    private final MessageSource messages;
    private final Clock clock;

    private static final List<String> TASK_HEADERS = List.of("plans.year", "field.AnnualPlan.group",
            "field.PlanTask.kind", "field.PlanTask.title", "field.PlanTask.targetFigure", "field.PlanTask.targetValue",
            "plans.tasks.actual", "field.PlanTask.dueOn", "plans.task.done", "field.PlanTask.owner");

    @GetMapping("/plans/tasks/export")
    void tasks(Scope scope, @RequestParam(required = false) Integer year, @RequestParam(required = false) Long unit,
               @RequestParam(required = false) cn.helituan.domain.plan.TaskKind kind,
               @RequestParam(defaultValue = "false") boolean open, Locale locale, HttpServletResponse response)
            throws IOException {
        cn.helituan.domain.plan.TaskQuery query = new cn.helituan.domain.plan.TaskQuery(
                year == null ? LocalDate.now(clock).getYear() : year, unit, kind, open);
        exports.send(response, locale, "plans.tasks.title", TASK_HEADERS, 500, page -> plans.tasks(scope, query, page),
                (cn.helituan.domain.plan.TaskRow t) -> new Object[] {query.year(), t.groupName(),
                    exports.label(t.kind(), locale), t.title(),
                    t.targetFigure() == null ? null : messages.getMessage("Figure." + t.targetFigure(), null, locale),
                    t.targetValue(), t.actual(), t.dueOn(), exports.yesNo(t.done(), locale), t.owner()});
    }

    @GetMapping("/plans/export")
    void export(Scope scope, @RequestParam(required = false) Integer year, @RequestParam(required = false) Long unit,
                @RequestParam(required = false) PlanStatus status,
                @RequestParam(defaultValue = "false") boolean missing, Locale locale, HttpServletResponse response)
            throws IOException {
        PlanQuery query = new PlanQuery(year == null ? LocalDate.now(clock).getYear() : year, unit, status, missing);
        Map<Long, String> names = units.names(scope);
        exports.send(response, locale, "plans.title", HEADERS, 500, page -> plans.list(scope, query, page).rows(),
                (PlanRow r) -> new Object[] {query.year(), UnitService.namePath(r.groupPath(), names),
                    r.status() == null ? messages.getMessage("plans.notStarted", null, locale)
                        : exports.label(r.status(), locale),
                    r.submittedAt() == null ? null : formats.time(r.submittedAt()), r.tasks(), r.tasksDone()});
    }
}
