package cn.helituan.domain.supervision;

import static cn.helituan.domain.testing.Violations.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A finding's rectification from every state: allowed steps move it, refused ones say why and change nothing
 * (as DemandTest does for demands).
 */
class FindingTest {

    private static final LocalDate FOUND = LocalDate.of(2026, 6, 10);
    private static final Instant NOW = Instant.parse("2026-06-12T02:00:00Z");

    private final Checklist checklist = new Checklist(1, null);
    private final SupervisionPlan plan = new SupervisionPlan("6月上半月督导", null, LocalDate.of(2026, 6, 1),
            LocalDate.of(2026, 6, 15), checklist, List.of(11L, 12L), null, null, Set.of(5L));
    private final Inspection inspection = new Inspection(plan, null, "inspector", FOUND, false, "村支书",
            Inspection.Questionnaire.NONE, null);

    private Finding in(FindingStatus status) {
        Finding finding = new Finding(inspection, null, null, "驻村日志缺10天", "村委会", Severity.SERIOUS,
                FOUND.plusDays(10));
        switch (status) {
            case OPEN -> { }
            case ANSWERED -> finding.answer("已补记并建立日志周检", "leader", NOW);
            case RETURNED -> {
                finding.answer("已补记", "leader", NOW);
                finding.verify(false, "补记无佐证", "inspector", FOUND.plusDays(3));
            }
            case CLOSED -> {
                finding.answer("已补记并建立日志周检", "leader", NOW);
                finding.verify(true, null, "inspector", FOUND.plusDays(3));
            }
        }
        assertThat(finding.getStatus()).isEqualTo(status);
        return finding;
    }

    @Test
    void answeredReturnedAnsweredAgainAndAccepted() {
        Finding finding = in(FindingStatus.OPEN);
        finding.answer("已补记", "leader", NOW);
        assertThat(finding.getStatus()).isEqualTo(FindingStatus.ANSWERED);
        finding.verify(false, "补记无佐证", "inspector", FOUND.plusDays(2));
        assertThat(finding.getStatus()).isEqualTo(FindingStatus.RETURNED);
        assertThat(finding.getReason()).isEqualTo("补记无佐证");
        finding.answer("补记并附考勤照片", "leader", NOW);
        finding.verify(true, null, "inspector", FOUND.plusDays(5));
        assertThat(finding.getStatus()).isEqualTo(FindingStatus.CLOSED);
        assertThat(finding.getClosedOn()).isEqualTo(FOUND.plusDays(5));
        assertThat(finding.isRectifiedOnTime()).isTrue();
        assertThat(finding.isOverdue(FOUND.plusDays(30))).as("closed is never overdue").isFalse();
    }

    @Test
    void overdueFollowsFromTheDeadline() {
        Finding finding = in(FindingStatus.ANSWERED);
        assertThat(finding.isOverdue(FOUND.plusDays(10))).as("due today: not yet").isFalse();
        assertThat(finding.isOverdue(FOUND.plusDays(11))).isTrue();
        finding.verify(true, null, "inspector", FOUND.plusDays(12));
        assertThat(finding.isRectifiedOnTime()).as("closed after its deadline").isFalse();
    }

    @Test
    void aDeadlineBeforeTheFindingIsRefused() {
        assertViolation(() -> new Finding(inspection, null, null, "问题", null, Severity.MINOR, FOUND.minusDays(1)),
                "deadline", "supervision.finding.deadline.beforeFound");
        Finding finding = in(FindingStatus.OPEN);
        assertViolation(() -> finding.change("问题", null, FOUND.minusDays(1)), "deadline",
                "supervision.finding.deadline.beforeFound");
        assertThat(finding.getDeadline()).isEqualTo(FOUND.plusDays(10));
    }

    @Test
    void theOneWhoAnsweredDoesNotVerify() {
        Finding finding = in(FindingStatus.ANSWERED);
        assertViolation(() -> finding.verify(true, null, "leader", FOUND), null, "supervision.finding.verify.own");
        assertThat(finding.getStatus()).isEqualTo(FindingStatus.ANSWERED);
    }

    @Test
    void returningAndReopeningNeedAReason() {
        Finding answered = in(FindingStatus.ANSWERED);
        assertViolation(() -> answered.verify(false, " ", "inspector", FOUND), "reason",
                "supervision.finding.reason.required");
        assertThat(answered.getStatus()).isEqualTo(FindingStatus.ANSWERED);
        Finding closed = in(FindingStatus.CLOSED);
        assertViolation(() -> closed.reopen("", null), "reason", "supervision.finding.reason.required");
        assertThat(closed.getStatus()).isEqualTo(FindingStatus.CLOSED);
        closed.reopen("回访发现日志又中断", FOUND.plusDays(20));
        assertThat(closed.getStatus()).isEqualTo(FindingStatus.OPEN);
        assertThat(closed.getClosedOn()).isNull();
        assertThat(closed.getDeadline()).isEqualTo(FOUND.plusDays(20));
    }

    @Test
    void aClosedFindingCannotBeChanged() {
        Finding closed = in(FindingStatus.CLOSED);
        assertViolation(() -> closed.change("改写", Severity.MINOR, FOUND.plusDays(3)), null,
                "supervision.finding.closed");
        assertThat(closed.getWhat()).isEqualTo("驻村日志缺10天");
    }

    @Test
    void everyStepRefusesTheStatesItDoesNotStartFrom() {
        for (FindingStatus status : FindingStatus.values()) {
            check(status, Set.of(FindingStatus.OPEN, FindingStatus.RETURNED),
                    f -> f.answer("整改", "leader", NOW), "supervision.finding.answer.state");
            check(status, Set.of(FindingStatus.ANSWERED), f -> f.verify(true, null, "inspector", FOUND),
                    "supervision.finding.verify.state");
            check(status, Set.of(FindingStatus.ANSWERED), f -> f.verify(false, "理由", "inspector", FOUND),
                    "supervision.finding.verify.state");
            check(status, Set.of(FindingStatus.CLOSED), f -> f.reopen("理由", null),
                    "supervision.finding.reopen.state");
            check(status, Set.of(FindingStatus.OPEN, FindingStatus.ANSWERED, FindingStatus.RETURNED),
                    f -> f.change("改写", null, FOUND.plusDays(3)), "supervision.finding.closed");
        }
    }

    private void check(FindingStatus status, Set<FindingStatus> from, Consumer<Finding> step, String refusal) {
        Finding finding = in(status);
        if (from.contains(status)) {
            step.accept(finding);
        } else {
            assertViolation(() -> step.accept(finding), null, refusal);
            assertThat(finding.getStatus()).as("unchanged after a refused step from " + status).isEqualTo(status);
        }
    }
}
