package cn.helituan.domain.plan;

import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.Relationships;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.Memberships;
import cn.helituan.domain.message.Audience;
import cn.helituan.domain.message.MessageKind;
import cn.helituan.domain.message.MessageService;
import cn.helituan.domain.team.Unit;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A group writing its annual plan (its leader, or a manager over the group; {@link PlanAccess}): starts the year's
 * plan, writes its summary, problems and tasks, marks tasks done and hands it in. An approved plan changes only with
 * an amendment's reason, each change recorded.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlanWritingService {

    private final AnnualPlans plans;
    private final PlanAmendments amendments;
    private final PlanAccess access;
    private final Relationships relationships;
    private final Memberships memberships;
    private final MessageService messages;
    private final Clock clock;

    /** Starts the group's plan for the year (a draft); the one it has if started already. */
    @Transactional
    public AnnualPlan start(Scope scope, long groupId, int year) {
        Unit group = access.group(scope, groupId);
        access.requireWriter(scope, group);
        if (year < 2000 || year > 2100) {
            throw new RuleViolation("year", "plan.year.invalid");
        }
        return plans.findByGroupIdAndYear(groupId, year).orElseGet(() -> plans.save(new AnnualPlan(group, year)));
    }

    @Transactional
    public AnnualPlan summarize(Scope scope, long id, long version, String summary, String amendment) {
        AnnualPlan plan = access.writable(scope, id);
        plan.checkVersion(version);
        plan.summarize(summary);
        amend(plan, amendment, "plan.change.summary", null);
        return plan;
    }

    @Transactional
    public PlanTask addTask(Scope scope, long id, TaskDetails details, String amendment) {
        AnnualPlan plan = access.writable(scope, id);
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
        AnnualPlan plan = access.writable(scope, id);
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
        AnnualPlan plan = access.writable(scope, id);
        PlanTask task = task(plan, taskId);
        String reason = requireAmendment(plan, amendment);
        task.remove();
        amend(plan, reason, "plan.change.taskRemoved", task.getTitle());
    }

    /** Marks a task done by its owner's word (one without a target, or reached by other means). */
    @Transactional
    public void markDone(Scope scope, long id, long taskId) {
        AnnualPlan plan = access.get(scope, id);
        if (!access.writes(scope, plan.getGroup())) {
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
        AnnualPlan plan = access.writable(scope, id);
        if (description == null || description.isBlank()) {
            throw new RuleViolation("description", "plan.problem.required");
        }
        if (description.length() > 1000) {
            throw new RuleViolation("description", "plan.problem.tooLong");
        }
        AssistedObject object = relationships.activeObjectsOf(plan.getGroup().getId()).stream()
                .filter(o -> o.getId().equals(objectId)).findFirst()
                .orElseThrow(() -> new RuleViolation("objectId", "task.objects.notPaired"));
        String reason = requireAmendment(plan, amendment);
        PlanProblem problem = plan.newProblem(object, description.strip());
        amend(plan, reason, "plan.change.problemAdded", object.getName());
        return problem;
    }

    @Transactional
    public void removeProblem(Scope scope, long id, long problemId, String amendment) {
        AnnualPlan plan = access.writable(scope, id);
        PlanProblem problem = plan.liveProblems().stream().filter(p -> p.getId() == problemId).findFirst()
                .orElseThrow(() -> new NotFoundException("problem", problemId));
        String reason = requireAmendment(plan, amendment);
        problem.remove();
        amend(plan, reason, "plan.change.problemRemoved", problem.getObject().getName());
    }

    @Transactional
    public AnnualPlan submit(Scope scope, long id, long version) {
        AnnualPlan plan = access.get(scope, id);
        if (!access.writes(scope, plan.getGroup())) {
            throw new ForbiddenException("submit plan");
        }
        plan.checkVersion(version);
        plan.submit(clock.instant());
        // the sub-team leaders above the group review it
        messages.tellAll(Audience.except(scope.username()).subTeamLeadersAbove(plan.getGroup().getPath()),
                MessageKind.PLAN_SUBMITTED, List.of(String.valueOf(plan.getYear()), plan.getGroup().getName()),
                "/plans/" + plan.getId());
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
        return memberships.currentMembersOf(plan.getGroup().getId()).stream().filter(m -> m.getId().equals(ownerId)).findFirst()
                .orElseThrow(() -> new RuleViolation("ownerId", "task.owner.notInGroup"));
    }

    private List<AssistedObject> served(AnnualPlan plan, List<Long> objectIds) {
        return relationships.requireActivelyPaired(plan.getGroup().getId(), objectIds, "objectIds",
                "task.objects.notPaired");
    }
}
