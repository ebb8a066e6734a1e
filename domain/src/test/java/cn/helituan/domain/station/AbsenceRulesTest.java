package cn.helituan.domain.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.StationRole;
import cn.helituan.domain.assisted.Stationing;
import cn.helituan.domain.assisted.StationingRecord;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.member.Member;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * The rules a request for days away or leave and a major-matter report guard themselves, step by step: each step
 * refuses the states it does not start from.
 */
class AbsenceRulesTest {

    private static final Instant NOW = Instant.parse("2026-06-10T02:00:00Z");

    /** Stationed 2026-06-01, planned until 2026-12-31. */
    private static Stationing stationing() {
        AssistedObject village = new AssistedObject(AssistedKind.VILLAGE, "青山村", "V1");
        return new Stationing(village, mock(Member.class), LocalDate.of(2026, 6, 1),
                new StationingRecord(StationRole.FIRST_SECRETARY, null, null, LocalDate.of(2026, 12, 31), null, null,
                        null, null, null, null), null);
    }

    private static Absence leave(int from, int to) {
        return new Absence(stationing(), AbsenceKind.LEAVE, null, LocalDate.of(2026, 6, from),
                LocalDate.of(2026, 6, to), "家中有事");
    }

    private static String refusal(Runnable step) {
        try {
            step.run();
        } catch (RuleViolation violation) {
            return violation.messageKey();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aRequestLiesWithinTheTermEndsNotBeforeItStartsAndAwayNamesItsReason() {
        assertThat(refusal(() -> leave(15, 12))).isEqualTo("absence.endBeforeStart");
        assertThat(refusal(() -> new Absence(stationing(), AbsenceKind.LEAVE, null, LocalDate.of(2026, 5, 31),
                LocalDate.of(2026, 6, 2), "x"))).isEqualTo("absence.outsideTerm");
        assertThat(refusal(() -> new Absence(stationing(), AbsenceKind.LEAVE, null, LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 1, 1), "x"))).isEqualTo("absence.outsideTerm");
        assertThat(refusal(() -> new Absence(stationing(), AbsenceKind.AWAY, null, LocalDate.of(2026, 6, 2),
                LocalDate.of(2026, 6, 2), "x"))).isEqualTo("absence.awayReason.required");
        Absence leaveWithReason = new Absence(stationing(), AbsenceKind.LEAVE, AwayReason.TRAINING,
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31), "x");
        assertThat(leaveWithReason.getAwayReason()).as("leave has no trip reason").isNull();
        assertThat(leaveWithReason.days()).isEqualTo(214);
    }

    @Test
    void aRequestIsDecidedOnceARefusalNeedsANoteAndOnlyApprovedLeaveIsReportedBackFromWithinIt() {
        Absence refused = leave(12, 15);
        assertThat(refusal(() -> refused.decide(false, " ", "subteam", NOW))).isEqualTo("absence.note.required");
        assertThat(refused.getStatus()).isEqualTo(AbsenceStatus.REQUESTED);
        assertThat(refusal(() -> refused.reportBack(LocalDate.of(2026, 6, 13)))).isEqualTo("absence.back.notLeave");
        refused.decide(false, "人手不足", "subteam", NOW);
        assertThat(refused.getStatus()).isEqualTo(AbsenceStatus.REFUSED);
        assertThat(refusal(() -> refused.decide(true, null, "admin", NOW))).isEqualTo("absence.decided");
        assertThat(refusal(() -> refused.reportBack(LocalDate.of(2026, 6, 13)))).isEqualTo("absence.back.notLeave");

        Absence approved = leave(12, 15);
        approved.decide(true, null, "subteam", NOW);
        assertThat(approved.getStatus()).isEqualTo(AbsenceStatus.APPROVED);
        assertThat(approved.getDecisionNote()).isNull();
        assertThat(approved.canReportBackOn(LocalDate.of(2026, 6, 11))).isFalse();
        assertThat(refusal(() -> approved.reportBack(LocalDate.of(2026, 6, 16)))).isEqualTo("absence.back.outside");
        assertThat(approved.canReportBackOn(LocalDate.of(2026, 6, 13))).isTrue();
        approved.reportBack(LocalDate.of(2026, 6, 13));
        assertThat(approved.lastDay()).isEqualTo(LocalDate.of(2026, 6, 13));
        assertThat(approved.days()).isEqualTo(2);
        assertThat(refusal(() -> approved.reportBack(LocalDate.of(2026, 6, 14)))).isEqualTo("absence.back.twice");

        Absence away = new Absence(stationing(), AbsenceKind.AWAY, AwayReason.COUNTY_MEETING,
                LocalDate.of(2026, 6, 12), LocalDate.of(2026, 6, 12), "全县会议");
        away.decide(true, "同意", "admin", NOW);
        assertThat(refusal(() -> away.reportBack(LocalDate.of(2026, 6, 12)))).isEqualTo("absence.back.notLeave");
    }

    @Test
    void aMajorMatterHappenedByNowAndIsAcknowledgedOnceWithANote() {
        LocalDateTime now = LocalDateTime.of(2026, 6, 10, 10, 0);
        assertThatThrownBy(() -> new MajorMatter(stationing(), MajorMatterKind.DISPUTE, now.plusMinutes(1), "x", "y",
                NOW, now)).isInstanceOf(RuleViolation.class).hasMessageContaining("majorMatter.future");
        MajorMatter matter = new MajorMatter(stationing(), MajorMatterKind.DISPUTE, now, "纠纷", "调解", NOW, now);
        assertThat(refusal(() -> matter.acknowledge(null, "subteam", NOW))).isEqualTo("majorMatter.note.required");
        assertThat(matter.isAcknowledged()).isFalse();
        matter.acknowledge("已阅", "subteam", NOW);
        assertThat(matter.isAcknowledged()).isTrue();
        assertThat(refusal(() -> matter.acknowledge("再阅", "admin", NOW))).isEqualTo("majorMatter.acknowledged");
        assertThat(matter.getAcknowledgement()).isEqualTo("已阅");
    }
}
