package cn.helituan.domain.plan;

import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.todo.TodoItem;
import cn.helituan.domain.todo.TodoSource;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The plans' to-dos for the year of the day: a group leader's plan not handed in (none, a draft or one returned; due
 * by the year's deadline), a sub-team leader's plans handed in and waiting for approval. Each counts the plan list
 * it opens, with the same filter (one count statement).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlanTodos implements TodoSource {

    private final AnnualPlans plans;
    private final PlanAccess access;
    private final PlanService service;

    /** Kept until one of the plans, the year's deadline and the groups of the tree changes (V93). */
    @Override
    public String stamp() {
        return "plans";
    }

    @Override
    public List<TodoItem> items(Scope scope, LocalDate today) {
        int year = today.getYear();
        if (scope.role() == Role.GROUP_LEADER && scope.unitPath() != null) {
            long missing = plans.count(access.filter(scope, new PlanQuery(year, null, null, true)));
            if (missing == 0) {
                return List.of();
            }
            return List.of(TodoItem.of("planMissing", missing, service.deadline(year),
                    "/plans?year=" + year + "&missing=true", String.valueOf(year)));
        }
        if (scope.role() == Role.SUB_TEAM_LEADER && scope.unitPath() != null) {
            long submitted = plans.count(access.filter(scope, new PlanQuery(year, null, PlanStatus.SUBMITTED, false)));
            return List.of(TodoItem.of("plansToApprove", submitted, null,
                    "/plans?year=" + year + "&status=SUBMITTED", String.valueOf(year)));
        }
        return List.of();
    }
}
