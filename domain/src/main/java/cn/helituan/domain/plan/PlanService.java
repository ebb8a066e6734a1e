package cn.helituan.domain.plan;

import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.activity.TaskChoices;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.Relationships;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.PartHistory;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.Memberships;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual plans (年度帮扶计划). Who may do what:
 * <ul>
 *   <li>read: whoever reads the group (its path in their scope): its leader and members, the sub-team, the
 *       organization department, reviewers;</li>
 *   <li>write (start the year's plan, its problems and tasks, hand it in): the group's leader, or a manager over the
 *       group; an approved plan changes only with an amendment's reason, each change recorded;</li>
 *   <li>approve or return with a reason: a sub-team leader or an org admin over the group;</li>
 *   <li>set a year's deadline (31 March unless set): the whole deployment's org admin.</li>
 * </ul>
 * A task's actual value is never typed: it is summed from the activities logged against it.
 */
@Service
public class PlanService implements TaskChoices {

    private final AnnualPlans plans;
    private final PlanYears years;
    private final PlanAmendments amendments;
    private final UnitService units;
    private final Relationships relationships;
    private final Memberships memberships;
    private final History history;
    private final Clock clock;

    public PlanService(AnnualPlans plans, PlanYears years, PlanAmendments amendments, UnitService units,
                       Relationships relationships, Memberships memberships, History history, Clock clock) {
        this.plans = plans;
        this.years = years;
        this.amendments = amendments;
        this.units = units;
        this.relationships = relationships;
        this.memberships = memberships;
        this.history = history;
        this.clock = clock;
    }

    /** The year's deadline: as set by the organization department, else 31 March. */
    @Transactional(readOnly = true)
    public LocalDate deadline(int year) {
        return years.findByYear(year).map(PlanYear::getDueOn).orElse(PlanYear.usual(year));
    }

    @Transactional
    public LocalDate setDeadline(Scope scope, int year, LocalDate dueOn) {
        if (!scope.wholeDeployment()) {
            throw new ForbiddenException("set plan deadline");
        }
        if (dueOn == null || dueOn.getYear() != year) {
            throw new RuleViolation("dueOn", "plan.deadline.inYear");
        }
        years.findByYear(year).ifPresentOrElse(y -> y.due(dueOn), () -> years.save(new PlanYear(year, dueOn)));
        return dueOn;
    }

    /** The group's plan for the year, if it has one (in the reader's scope). */
    @Transactional(readOnly = true)
    public Optional<AnnualPlan> find(Scope scope, long groupId, int year) {
        group(scope, groupId);
        return plans.findByGroupIdAndYear(groupId, year);
    }

    /** Starts the group's plan for the year (a draft); the one it has if started already. */
    @Transactional
    public AnnualPlan start(Scope scope, long groupId, int year) {
        Unit group = group(scope, groupId);
        requireWriter(scope, group);
        if (year < 2000 || year > 2100) {
            throw new RuleViolation("year", "plan.year.invalid");
        }
        return plans.findByGroupIdAndYear(groupId, year).orElseGet(() -> plans.save(new AnnualPlan(group, year)));
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
        boolean writer = writes(scope, plan.getGroup());
        return new PlanView(plan, deadline, plan.getSubmittedAt() == null && LocalDate.now(clock).isAfter(deadline),
                plans.actuals(taskNames.keySet()), amendments.findByPlanIdOrderByIdDesc(id), entries,
                canWrite(scope, plan), canReview(scope, plan),
                writer ? pairedObjects(plan.getGroup().getId()) : List.of(),
                writer ? currentMembers(plan.getGroup().getId()) : List.of());
    }

    @Transactional(readOnly = true)
    public AnnualPlan get(Scope scope, long id) {
        AnnualPlan plan = plans.findById(id).orElseThrow(() -> new NotFoundException("plan", id));
        if (!scope.canReadRoster() || !scope.covers(plan.getGroup().getPath())) {
            throw new NotFoundException("plan", id);
        }
        return plan;
    }

    /** Whether the user writes the group's plans (whatever this one's state allows). */
    public boolean writes(Scope scope, AnnualPlan plan) {
        return writes(scope, plan.getGroup());
    }

    public boolean canWrite(Scope scope, AnnualPlan plan) {
        return writes(scope, plan.getGroup()) && plan.getStatus() != PlanStatus.SUBMITTED;
    }

    public boolean canReview(Scope scope, AnnualPlan plan) {
        return plan.getStatus() == PlanStatus.SUBMITTED && reviews(scope, plan.getGroup());
    }

    @Transactional
    public AnnualPlan summarize(Scope scope, long id, long version, String summary, String amendment) {
        AnnualPlan plan = writable(scope, id);
        plan.checkVersion(version);
        plan.summarize(summary);
        amend(plan, amendment, "plan.change.summary", null);
        return plan;
    }

    @Transactional
    public PlanTask addTask(Scope scope, long id, TaskDetails details, String amendment) {
        AnnualPlan plan = writable(scope, id);
        check(plan, details);
        Member owner = owner(plan, details.ownerId());
        List<AssistedObject> served = served(plan, details.objectIds());
        String reason = requireAmendment(plan, amendment);
        PlanTask task = plan.newTask();
        task.describe(details, owner, served);
        amend(plan, reason, "plan.change.taskAdded", details.title());
        return task;
    }

    @Transactional
    public PlanTask editTask(Scope scope, long id, long taskId, long version, TaskDetails details, String amendment) {
        AnnualPlan plan = writable(scope, id);
        PlanTask task = task(plan, taskId);
        task.checkVersion(version);
        check(plan, details);
        Member owner = owner(plan, details.ownerId());
        List<AssistedObject> served = served(plan, details.objectIds());
        String reason = requireAmendment(plan, amendment);
        task.describe(details, owner, served);
        amend(plan, reason, "plan.change.taskChanged", details.title());
        return task;
    }

    @Transactional
    public void removeTask(Scope scope, long id, long taskId, String amendment) {
        AnnualPlan plan = writable(scope, id);
        PlanTask task = task(plan, taskId);
        String reason = requireAmendment(plan, amendment);
        task.remove();
        amend(plan, reason, "plan.change.taskRemoved", task.getTitle());
    }

    /** Marks a task done by its owner's word (one without a target, or reached by other means). */
    @Transactional
    public void markDone(Scope scope, long id, long taskId) {
        AnnualPlan plan = get(scope, id);
        if (!writes(scope, plan.getGroup())) {
            throw new ForbiddenException("mark task done");
        }
        PlanTask task = task(plan, taskId);
        if (task.getDoneOn() != null) {
            throw RuleViolation.global("plan.task.alreadyDone");
        }
        task.markDone(LocalDate.now(clock));
    }

    @Transactional
    public PlanProblem addProblem(Scope scope, long id, Long objectId, String description, String amendment) {
        AnnualPlan plan = writable(scope, id);
        if (description == null || description.isBlank()) {
            throw new RuleViolation("description", "plan.problem.required");
        }
        if (description.length() > 1000) {
            throw new RuleViolation("description", "plan.problem.tooLong");
        }
        AssistedObject object = pairedObjects(plan.getGroup().getId()).stream()
                .filter(o -> o.getId().equals(objectId)).findFirst()
                .orElseThrow(() -> new RuleViolation("objectId", "task.objects.notPaired"));
        String reason = requireAmendment(plan, amendment);
        PlanProblem problem = plan.newProblem(object, description.strip());
        amend(plan, reason, "plan.change.problemAdded", object.getName());
        return problem;
    }

    @Transactional
    public void removeProblem(Scope scope, long id, long problemId, String amendment) {
        AnnualPlan plan = writable(scope, id);
        PlanProblem problem = plan.liveProblems().stream().filter(p -> p.getId() == problemId).findFirst()
                .orElseThrow(() -> new NotFoundException("problem", problemId));
        String reason = requireAmendment(plan, amendment);
        problem.remove();
        amend(plan, reason, "plan.change.problemRemoved", problem.getObject().getName());
    }

    @Transactional
    public AnnualPlan submit(Scope scope, long id, long version) {
        AnnualPlan plan = get(scope, id);
        if (!writes(scope, plan.getGroup())) {
            throw new ForbiddenException("submit plan");
        }
        plan.checkVersion(version);
        plan.submit(clock.instant());
        return plan;
    }

    @Transactional
    public AnnualPlan approve(Scope scope, long id, long version) {
        AnnualPlan plan = reviewed(scope, id, version);
        plan.approve(scope.username(), clock.instant());
        return plan;
    }

    @Transactional
    public AnnualPlan giveBack(Scope scope, long id, long version, String reason) {
        AnnualPlan plan = reviewed(scope, id, version);
        plan.giveBack(reason);
        return plan;
    }

    /** A page of the groups in scope with their plan for the year, and the year's figures for the same filter. */
    public record PlanList(Page<PlanRow> rows, PlanTally tally, LocalDate deadline) {
    }

    @Transactional(readOnly = true)
    public PlanList list(Scope scope, PlanQuery query, Pageable pageable) {
        PlanFilter filter = filter(scope, query);
        long total = plans.count(filter);
        List<PlanRow> rows = total <= pageable.getOffset() ? List.of()
                : plans.rows(filter, pageable.getOffset(), pageable.getPageSize());
        PlanFilter all = new PlanFilter(filter.year(), filter.pathPrefix(), null, false);
        return new PlanList(new PageImpl<>(rows, pageable, total), plans.tally(all), deadline(query.year()));
    }

    /** The task list: the year's tasks of the groups in scope, planned against actual (凭单问效 across groups). */
    @Transactional(readOnly = true)
    public Page<TaskRow> tasks(Scope scope, TaskQuery query, Pageable pageable) {
        PlanFilter filter = filter(scope, new PlanQuery(query.year(), query.unitId(), null, false));
        long total = plans.countTasks(filter, query.kind(), query.open());
        List<TaskRow> rows = total <= pageable.getOffset() ? List.of()
                : plans.tasks(filter, query.kind(), query.open(), pageable.getOffset(), pageable.getPageSize());
        return new PageImpl<>(rows, pageable, total);
    }

    /** The year's figures of the user's scope (the start page): plans handed in, approved, missing; tasks done. */
    @Transactional(readOnly = true)
    public PlanTally tally(Scope scope, int year) {
        return plans.tally(filter(scope, new PlanQuery(year, null, null, false)));
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

    private PlanFilter filter(Scope scope, PlanQuery query) {
        scope.requireRoster();
        String prefix = scope.wholeDeployment() ? null : scope.pathFilter();
        if (query.unitId() != null) {
            prefix = units.get(scope, query.unitId()).getPath();
        }
        return new PlanFilter(query.year(), prefix, query.status(), query.missing());
    }

    private Unit group(Scope scope, long groupId) {
        scope.requireRoster();
        Unit group = units.get(scope, groupId);
        if (group.getKind() != UnitKind.GROUP) {
            throw new NotFoundException("group", groupId);
        }
        return group;
    }

    private boolean writes(Scope scope, Unit group) {
        return scope.covers(group.getPath()) && (scope.canManageStructure()
                || scope.role() == Role.GROUP_LEADER && group.getId().equals(scope.unitId()));
    }

    private boolean reviews(Scope scope, Unit group) {
        return scope.canManageStructure() && scope.covers(group.getPath());
    }

    private void requireWriter(Scope scope, Unit group) {
        if (!writes(scope, group)) {
            throw new ForbiddenException("write plan");
        }
    }

    private AnnualPlan writable(Scope scope, long id) {
        AnnualPlan plan = get(scope, id);
        requireWriter(scope, plan.getGroup());
        plan.requireWritable();
        return plan;
    }

    private AnnualPlan reviewed(Scope scope, long id, long version) {
        AnnualPlan plan = get(scope, id);
        if (!reviews(scope, plan.getGroup())) {
            throw new ForbiddenException("review plan");
        }
        plan.checkVersion(version);
        return plan;
    }

    /** An approved plan's change needs a reason; a plan being written does not. */
    private static String requireAmendment(AnnualPlan plan, String reason) {
        if (!plan.needsAmendment()) {
            return null;
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("amendment", "plan.amendment.required");
        }
        if (reason.length() > 500) {
            throw new RuleViolation("amendment", "plan.amendment.tooLong");
        }
        return reason.strip();
    }

    private void amend(AnnualPlan plan, String reason, String changeKey, String subject) {
        if (reason != null) {
            amendments.save(new PlanAmendment(plan, reason, subject == null ? changeKey : changeKey + ":" + subject));
        }
    }

    private static PlanTask task(AnnualPlan plan, long taskId) {
        return plan.liveTasks().stream().filter(t -> t.getId() == taskId).findFirst()
                .orElseThrow(() -> new NotFoundException("task", taskId));
    }

    /** The task's fields: a title, a due date in the plan's year, a whole target of a count, cents at most of money. */
    private static void check(AnnualPlan plan, TaskDetails details) {
        if (details.kind() == null) {
            throw new RuleViolation("kind", "task.kind.required");
        }
        if (details.title() == null || details.title().isBlank()) {
            throw new RuleViolation("title", "task.title.required");
        }
        if (details.dueOn() == null) {
            throw new RuleViolation("dueOn", "task.dueOn.required");
        }
        if (details.dueOn().getYear() != plan.getYear()) {
            throw new RuleViolation("dueOn", "task.dueOn.outsideYear", String.valueOf(plan.getYear()));
        }
        Figure figure = details.targetFigure();
        BigDecimal value = details.targetValue();
        if ((figure == null) != (value == null)) {
            throw new RuleViolation(figure == null ? "targetFigure" : "targetValue", "task.target.incomplete");
        }
        if (value != null) {
            if (value.signum() <= 0) {
                throw new RuleViolation("targetValue", "task.target.positive");
            }
            int scale = value.stripTrailingZeros().scale();
            if (figure.isMoney() ? scale > 2 : scale > 0) {
                throw new RuleViolation("targetValue", figure.isMoney() ? "task.target.cents" : "task.target.whole");
            }
        }
    }

    private Member owner(AnnualPlan plan, Long ownerId) {
        if (ownerId == null) {
            return null;
        }
        return currentMembers(plan.getGroup().getId()).stream().filter(m -> m.getId().equals(ownerId)).findFirst()
                .orElseThrow(() -> new RuleViolation("ownerId", "task.owner.notInGroup"));
    }

    private List<AssistedObject> served(AnnualPlan plan, List<Long> objectIds) {
        return relationships.requireActivelyPaired(plan.getGroup().getId(), objectIds, "objectIds",
                "task.objects.notPaired");
    }

    private List<AssistedObject> pairedObjects(long groupId) {
        return relationships.activeObjectsOf(groupId);
    }

    private List<Member> currentMembers(long groupId) {
        return memberships.currentMembersOf(groupId);
    }
}
