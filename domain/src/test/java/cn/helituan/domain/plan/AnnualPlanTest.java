package cn.helituan.domain.plan;

import static cn.helituan.domain.testing.Violations.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitDetails;
import cn.helituan.domain.team.UnitField;
import cn.helituan.domain.team.UnitKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plan's workflow from each state, and when a task counts as done. */
class AnnualPlanTest {

    private final Unit team = new Unit(null, UnitKind.TEAM, new UnitDetails("示范县合力团", null, UnitField.GENERAL, null));
    private final Unit group = new Unit(team, UnitKind.GROUP, new UnitDetails("茶产业合力小组", null, UnitField.INDUSTRY,
            null));

    private AnnualPlan withTask() {
        AnnualPlan plan = new AnnualPlan(group, 2026);
        plan.newTask().describe(new TaskDetails(TaskKind.KEY, "开展培训", List.of(), Figure.TRAININGS_HELD,
                new BigDecimal("3"), null, LocalDate.of(2026, 6, 30)), null, List.of());
        return plan;
    }

    @Test
    void writtenHandedInApproved() {
        AnnualPlan plan = withTask();
        assertThat(plan.needsAmendment()).isFalse();
        plan.submit(Instant.EPOCH);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
        assertViolation(plan::newTask, null, "plan.refused.editSubmitted");
        assertViolation(() -> plan.submit(Instant.EPOCH), null, "plan.refused.submit");
        plan.approve("subteam", Instant.EPOCH);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.APPROVED);
        assertThat(plan.needsAmendment()).isTrue();
        assertViolation(() -> plan.approve("admin", Instant.EPOCH), null, "plan.refused.approve");
        assertViolation(() -> plan.giveBack("理由"), null, "plan.refused.return");
        assertThat(plan.getApprovedBy()).isEqualTo("subteam");
    }

    @Test
    void returnedWithAReasonAndHandedInAgain() {
        AnnualPlan plan = withTask();
        assertViolation(() -> plan.giveBack("理由"), null, "plan.refused.return");
        plan.submit(Instant.EPOCH);
        assertViolation(() -> plan.giveBack(" "), "reason", "plan.reason.required");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
        plan.giveBack("缺少量化目标");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.RETURNED);
        plan.submit(Instant.EPOCH);
        plan.approve("admin", Instant.EPOCH);
        assertThat(plan.getReturnedReason()).as("approved: the old return is history").isNull();
    }

    @Test
    void aPlanWithoutLiveTasksIsNotHandedIn() {
        AnnualPlan plan = new AnnualPlan(group, 2026);
        assertViolation(() -> plan.submit(Instant.EPOCH), null, "plan.tasks.required");
        AnnualPlan removed = withTask();
        removed.getTasks().get(0).remove();
        assertViolation(() -> removed.submit(Instant.EPOCH), null, "plan.tasks.required");
        assertThat(removed.getStatus()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void aTaskIsDoneWhenItsActualReachesTheTargetOrWhenMarked() {
        PlanTask task = withTask().getTasks().get(0);
        assertThat(task.isDone(new BigDecimal("2"))).isFalse();
        assertThat(task.isDone(new BigDecimal("3"))).isTrue();
        AnnualPlan plan = new AnnualPlan(group, 2026);
        PlanTask visits = plan.newTask();
        visits.describe(new TaskDetails(TaskKind.ROUTINE, "走访", List.of(), null, null, null,
                LocalDate.of(2026, 12, 31)), null, List.of());
        assertThat(visits.isDone(BigDecimal.ZERO)).isFalse();
        visits.markDone(LocalDate.of(2026, 11, 1));
        assertThat(visits.isDone(BigDecimal.ZERO)).isTrue();
    }
}
