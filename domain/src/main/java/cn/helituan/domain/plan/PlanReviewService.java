package cn.helituan.domain.plan;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.message.Audience;
import cn.helituan.domain.message.MessageKind;
import cn.helituan.domain.message.MessageService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers over a group reviewing its plan handed in (a sub-team leader or an org admin; {@link PlanAccess}):
 * approve it, or give it back with a reason; and the whole deployment's org admin setting a year's deadline.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlanReviewService {

    private final PlanYears years;
    private final PlanAccess access;
    private final MessageService messages;
    private final Clock clock;

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

    @Transactional
    public AnnualPlan approve(Scope scope, long id, long version) {
        AnnualPlan plan = access.reviewed(scope, id, version);
        plan.approve(scope.username(), clock.instant());
        tellGroup(scope, plan, MessageKind.PLAN_APPROVED, List.of(String.valueOf(plan.getYear()),
                plan.getGroup().getName()));
        return plan;
    }

    @Transactional
    public AnnualPlan giveBack(Scope scope, long id, long version, String reason) {
        AnnualPlan plan = access.reviewed(scope, id, version);
        plan.giveBack(reason);
        tellGroup(scope, plan, MessageKind.PLAN_RETURNED, List.of(String.valueOf(plan.getYear()),
                plan.getGroup().getName(), plan.getReturnedReason() == null ? "" : plan.getReturnedReason()));
        return plan;
    }

    /** The group's leader accounts learn the review (the reviewer is not told). */
    private void tellGroup(Scope scope, AnnualPlan plan, String kind, List<String> args) {
        messages.tellAll(Audience.except(scope.username()).unitAccounts(plan.getGroup().getId(), Role.GROUP_LEADER),
                kind, args, "/plans/" + plan.getId());
    }
}
