package cn.helituan.domain.demand;

import static cn.helituan.domain.testing.Violations.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.assisted.AssistedObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Every step of the demand workflow from every state: allowed ones move it, refused ones say why and change nothing.
 */
class DemandTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private final AssistedObject village = new AssistedObject(AssistedKind.VILLAGE, "青山村", "V-1");
    private final DemandCategory skills = new DemandCategory("SKILLS", "技能培训", "培训,技能", 10);

    private Demand in(DemandStatus status) {
        Demand demand = new Demand(village, true);
        demand.describe(skills, "缺少种植技术培训", null, Urgency.NORMAL, TODAY.plusMonths(2));
        switch (status) {
            case RAISED -> { }
            case ACCEPTED -> demand.accept();
            case DECLINED -> { demand.decline("不属于帮扶范围"); }
            case MATCHED -> { demand.accept(); demand.match(); }
            case IN_PROGRESS -> { demand.accept(); demand.match(); demand.start(); }
            case SOLVED -> { demand.accept(); demand.match(); demand.reportSolved(); }
            case RESOLVED -> { demand.accept(); demand.match(); demand.reportSolved(); demand.confirmResolved(TODAY); }
            case UNSOLVABLE_PROPOSED -> { demand.accept(); demand.match(); demand.proposeUnsolvable("资金缺口太大"); }
            case UNSOLVABLE -> {
                demand.accept();
                demand.proposeUnsolvable("资金缺口太大");
                demand.reviewUnsolvable(true);
            }
        }
        assertThat(demand.getStatus()).isEqualTo(status);
        return demand;
    }

    @Test
    void theWholeWayFromRaisedToResolved() {
        Demand demand = in(DemandStatus.RAISED);
        demand.accept();
        demand.match();
        assertThat(demand.getStatus()).isEqualTo(DemandStatus.MATCHED);
        demand.start();
        assertThat(demand.getStatus()).isEqualTo(DemandStatus.IN_PROGRESS);
        demand.start();
        assertThat(demand.getStatus()).as("work going on changes nothing").isEqualTo(DemandStatus.IN_PROGRESS);
        demand.reportSolved();
        assertThat(demand.getStatus()).as("the group's word is not the end").isEqualTo(DemandStatus.SOLVED);
        assertThat(demand.getStatus().isOpen()).isTrue();
        demand.confirmResolved(TODAY);
        assertThat(demand.getStatus()).isEqualTo(DemandStatus.RESOLVED);
        assertThat(demand.getResolvedOn()).isEqualTo(TODAY);
        assertThat(demand.getStatus().isOpen()).isFalse();
    }

    @Test
    void theRaiserReopensWithAReason() {
        Demand demand = in(DemandStatus.SOLVED);
        assertViolation(() -> demand.reopen(" "), "reason", "demand.reason.required");
        assertThat(demand.getStatus()).isEqualTo(DemandStatus.SOLVED);
        demand.reopen("二组还没有通水");
        assertThat(demand.getStatus()).isEqualTo(DemandStatus.IN_PROGRESS);
        assertThat(demand.getReason()).isEqualTo("二组还没有通水");
        demand.reportSolved();
        assertThat(demand.getReason()).as("solved again: the old reason is history").isNull();
    }

    @Test
    void declineAndCannotBeSolvedNeedAReason() {
        Demand raised = in(DemandStatus.RAISED);
        assertViolation(() -> raised.decline(null), "reason", "demand.reason.required");
        assertViolation(() -> raised.decline("长".repeat(501)), "reason", "demand.reason.tooLong");
        assertThat(raised.getStatus()).isEqualTo(DemandStatus.RAISED);
        Demand matched = in(DemandStatus.MATCHED);
        assertViolation(() -> matched.proposeUnsolvable(""), "reason", "demand.reason.required");
        assertThat(matched.getStatus()).isEqualTo(DemandStatus.MATCHED);
    }

    @Test
    void cannotBeSolvedIsReviewed() {
        Demand agreed = in(DemandStatus.UNSOLVABLE_PROPOSED);
        agreed.reviewUnsolvable(true);
        assertThat(agreed.getStatus()).isEqualTo(DemandStatus.UNSOLVABLE);
        assertThat(agreed.getReason()).isEqualTo("资金缺口太大");

        Demand refused = in(DemandStatus.IN_PROGRESS);
        refused.proposeUnsolvable("资金缺口太大");
        refused.reviewUnsolvable(false);
        assertThat(refused.getStatus()).as("back where it was").isEqualTo(DemandStatus.IN_PROGRESS);
        assertThat(refused.getReason()).isNull();
        assertThat(refused.getStatusBefore()).isNull();
    }

    @Test
    void everyStepRefusesTheStatesItDoesNotStartFrom() {
        for (DemandStatus status : DemandStatus.values()) {
            check(status, DemandStatus.RAISED, d -> d.accept(), "demand.refused.accept");
            check(status, DemandStatus.RAISED, d -> d.decline("理由"), "demand.refused.decline");
            check(status, DemandStatus.ACCEPTED, Demand::match, "demand.refused.match");
            check(status, DemandStatus.MATCHED, DemandStatus.IN_PROGRESS, Demand::reportSolved,
                    "demand.refused.solve");
            check(status, DemandStatus.SOLVED, d -> d.confirmResolved(TODAY), "demand.refused.confirm");
            check(status, DemandStatus.SOLVED, d -> d.reopen("理由"), "demand.refused.reopen");
            check(status, DemandStatus.UNSOLVABLE_PROPOSED, d -> d.reviewUnsolvable(true), "demand.refused.review");
        }
        for (DemandStatus status : DemandStatus.values()) {
            boolean allowed = status == DemandStatus.ACCEPTED || status == DemandStatus.MATCHED
                    || status == DemandStatus.IN_PROGRESS;
            Demand demand = in(status);
            if (allowed) {
                demand.proposeUnsolvable("理由");
                assertThat(demand.getStatusBefore()).isEqualTo(status);
            } else {
                assertViolation(() -> demand.proposeUnsolvable("理由"), null, "demand.refused.unsolvable");
                assertThat(demand.getStatus()).isEqualTo(status);
            }
        }
    }

    @Test
    void overdueIsOpenPastTheWishedForDate() {
        Demand demand = in(DemandStatus.ACCEPTED);
        assertThat(demand.isOverdue(TODAY)).isFalse();
        assertThat(demand.isOverdue(TODAY.plusMonths(3))).isTrue();
        Demand resolved = in(DemandStatus.RESOLVED);
        assertThat(resolved.isOverdue(TODAY.plusMonths(3))).as("resolved late is not overdue").isFalse();
    }

    private void check(DemandStatus status, DemandStatus from, java.util.function.Consumer<Demand> step, String key) {
        check(status, from, from, step, key);
    }

    private void check(DemandStatus status, DemandStatus from, DemandStatus orFrom,
                       java.util.function.Consumer<Demand> step, String key) {
        if (status == from || status == orFrom) {
            return;
        }
        Demand demand = in(status);
        String reason = demand.getReason();
        assertViolation(() -> step.accept(demand), null, key);
        assertThat(demand.getStatus()).as("%s from %s changes nothing", key, status).isEqualTo(status);
        assertThat(demand.getReason()).isEqualTo(reason);
    }
}
