package cn.helituan.domain.plan;

import cn.helituan.domain.activity.TaskChoices;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.Relationships;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.PartHistory;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.Memberships;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual plans (年度帮扶计划), the reading side: a group's plan and its page, the list of groups with their plans, the
 * task list, the year's figures and deadline, the tasks an activity may count towards. The group writes its plan
 * through {@link PlanWritingService}, the managers over it review it through {@link PlanReviewService}; who may do
 * what is {@link PlanAccess}. A task's actual value is never typed: it is summed from the activities logged against it.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlanService implements TaskChoices {

    private final AnnualPlans plans;
    private final PlanYears years;
    private final PlanAmendments amendments;
    private final PlanAccess access;
    private final Relationships relationships;
    private final Memberships memberships;
    private final History history;
    private final Clock clock;

    /** The year's deadline: as set by the organization department, else 31 March. */
    @Transactional(readOnly = true)
    public LocalDate deadline(int year) {
        return years.findByYear(year).map(PlanYear::getDueOn).orElse(PlanYear.usual(year));
    }

    /** The group's plan for the year, if it has one (in the reader's scope). */
    @Transactional(readOnly = true)
    public Optional<AnnualPlan> find(Scope scope, long groupId, int year) {
        access.group(scope, groupId);
        return plans.findByGroupIdAndYear(groupId, year);
    }

    /** What a plan's page shows, read once: the plan, each task's actual, its amendments and history. */
    public record PlanView(AnnualPlan plan, LocalDate deadline, boolean late, Map<Long, TaskActual> actuals,
                           List<PlanAmendment> amendments, List<PartHistory> history, boolean canWrite,
                           boolean canReview, List<AssistedObject> objects, List<Member> members) {

        public TaskActual actual(PlanTask task) {
            return actuals.getOrDefault(task.getId(), TaskActual.NONE);
        }

        public List<PlanTask> tasks(TaskKind kind) {
            return plan.liveTasks().stream().filter(t -> t.getKind() == kind).toList();
        }

        public long done() {
            return plan.liveTasks().stream().filter(t -> t.isDone(actual(t).reported())).count();
        }
    }

    @Transactional(readOnly = true)
    public PlanView view(Scope scope, long id) {
        AnnualPlan plan = get(scope, id);
        List<PlanTask> tasks = plan.getTasks();
        tasks.forEach(t -> {
            t.getObjects().size();
            if (t.getOwner() != null) {
                t.getOwner().getName();
            }
        });
        plan.getProblems().forEach(p -> p.getObject().getName());
        List<PartHistory> entries = new ArrayList<>();
        history.of(AnnualPlan.class, id).forEach(e -> entries.add(new PartHistory(e, "AnnualPlan", null)));
        Map<Long, String> taskNames = new HashMap<>();
        tasks.forEach(t -> taskNames.put(t.getId(), t.getTitle()));
        history.of(PlanTask.class, taskNames.keySet()).forEach(e -> entries.add(
                new PartHistory(e, "PlanTask", taskNames.get(e.recordId()))));
        Map<Long, String> problemNames = new HashMap<>();
        plan.getProblems().forEach(p -> problemNames.put(p.getId(), p.getObject().getName()));
        history.of(PlanProblem.class, problemNames.keySet()).forEach(e -> entries.add(
                new PartHistory(e, "PlanProblem", problemNames.get(e.recordId()))));
        entries.sort((a, b) -> b.entry().at().compareTo(a.entry().at()));
        LocalDate deadline = deadline(plan.getYear());
        boolean writer = access.writes(scope, plan.getGroup());
        return new PlanView(plan, deadline, plan.getSubmittedAt() == null && LocalDate.now(clock).isAfter(deadline),
                plans.actuals(taskNames.keySet()), amendments.findByPlanIdOrderByIdDesc(id), entries,
                canWrite(scope, plan), canReview(scope, plan),
                writer ? relationships.activeObjectsOf(plan.getGroup().getId()) : List.of(),
                writer ? memberships.currentMembersOf(plan.getGroup().getId()) : List.of());
    }

    @Transactional(readOnly = true)
    public AnnualPlan get(Scope scope, long id) {
        return access.get(scope, id);
    }

    /** Whether the user writes the group's plans (whatever this one's state allows). */
    public boolean writes(Scope scope, AnnualPlan plan) {
        return access.writes(scope, plan.getGroup());
    }

    public boolean canWrite(Scope scope, AnnualPlan plan) {
        return access.canWrite(scope, plan);
    }

    public boolean canReview(Scope scope, AnnualPlan plan) {
        return access.canReview(scope, plan);
    }

    /** A page of the groups in scope with their plan for the year, and the year's figures for the same filter. */
    public record PlanList(Page<PlanRow> rows, PlanTally tally, LocalDate deadline) {
    }

    @Transactional(readOnly = true)
    public PlanList list(Scope scope, PlanQuery query, Pageable pageable) {
        PlanFilter filter = access.filter(scope, query);
        long total = plans.count(filter);
        List<PlanRow> rows = total <= pageable.getOffset() ? List.of()
                : plans.rows(filter, pageable.getOffset(), pageable.getPageSize());
        PlanFilter all = new PlanFilter(filter.year(), filter.pathPrefix(), null, false);
        return new PlanList(new PageImpl<>(rows, pageable, total), plans.tally(all), deadline(query.year()));
    }

    /** The task list: the year's tasks of the groups in scope, planned against actual (凭单问效 across groups). */
    @Transactional(readOnly = true)
    public Page<TaskRow> tasks(Scope scope, TaskQuery query, Pageable pageable) {
        PlanFilter filter = access.filter(scope, new PlanQuery(query.year(), query.unitId(), null, false));
        long total = plans.countTasks(filter, query.kind(), query.open());
        List<TaskRow> rows = total <= pageable.getOffset() ? List.of()
                : plans.tasks(filter, query.kind(), query.open(), pageable.getOffset(), pageable.getPageSize());
        return new PageImpl<>(rows, pageable, total);
    }

    /** The year's figures of the user's scope (the start page): plans handed in, approved, missing; tasks done. */
    @Transactional(readOnly = true)
    public PlanTally tally(Scope scope, int year) {
        return plans.tally(access.filter(scope, new PlanQuery(year, null, null, false)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaskOption> openTasks(long groupId, int year) {
        return plans.findByGroupIdAndYear(groupId, year).map(p -> p.liveTasks().stream()
                .map(t -> new TaskOption(t.getId(), t.getTitle())).toList()).orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> title(long taskId) {
        return plans.taskTitle(taskId);
    }
}
