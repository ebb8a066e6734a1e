package cn.helituan.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GradeProposalTest {

    private static GradeProposal.Basis basis(long id, String value) {
        return new GradeProposal.Basis(id, new BigDecimal(value));
    }

    @Test
    void theBasisWeighsTheIndicatorsReviewersAndRatingsPresent() {
        assertThat(GradeProposal.basis(new BigDecimal("80"), null, null)).isEqualByComparingTo("80.00");
        // (80×50 + 90×40) ÷ 90
        assertThat(GradeProposal.basis(new BigDecimal("80"), new BigDecimal("90"), null)).isEqualByComparingTo("84.44");
        // (80×50 + 90×40 + 4×20×10) ÷ 100
        assertThat(GradeProposal.basis(new BigDecimal("80"), new BigDecimal("90"), new BigDecimal("4")))
                .isEqualByComparingTo("84.00");
    }

    @Test
    void theTopGradeGoesBestFirstWithinTheQuotaAndATieThatDoesNotFitGetsNone() {
        // 10 groups at 20%: 2 may be excellent; 95 and the two 90s — the tie at 90 does not fit beside 95
        List<GradeProposal.Basis> groups = List.of(basis(1, "95"), basis(2, "90"), basis(3, "90"), basis(4, "86"),
                basis(5, "75"), basis(6, "70"), basis(7, "65"), basis(8, "60"), basis(9, "59.99"), basis(10, "10"));
        Map<Long, Grade> grades = GradeProposal.propose(groups, Grade.DEFAULT, 20);
        assertThat(GradeProposal.allowedTop(10, 20)).isEqualTo(2);
        assertThat(grades.get(1L)).isEqualTo(Grade.EXCELLENT);
        assertThat(grades.get(2L)).isEqualTo(Grade.COMPETENT);
        assertThat(grades.get(3L)).isEqualTo(Grade.COMPETENT);
        assertThat(grades.get(4L)).isEqualTo(Grade.COMPETENT);
        assertThat(grades.get(6L)).isEqualTo(Grade.COMPETENT);
        assertThat(grades.get(7L)).isEqualTo(Grade.BASIC);
        assertThat(grades.get(8L)).isEqualTo(Grade.BASIC);
        assertThat(grades.get(9L)).isEqualTo(Grade.INCOMPETENT);
        assertThat(grades.values().stream().filter(g -> g == Grade.EXCELLENT).count()).isEqualTo(1);
    }

    @Test
    void aGradeTheRoundDoesNotUseGivesWayToTheNextBelow() {
        Map<Long, Grade> grades = GradeProposal.propose(List.of(basis(1, "65"), basis(2, "20")),
                EnumSet.of(Grade.EXCELLENT, Grade.COMPETENT, Grade.INCOMPETENT), 50);
        assertThat(grades).containsEntry(1L, Grade.INCOMPETENT).containsEntry(2L, Grade.INCOMPETENT);
        Map<Long, Grade> two = GradeProposal.propose(List.of(basis(1, "99"), basis(2, "20")),
                EnumSet.of(Grade.EXCELLENT, Grade.COMPETENT), 50);
        assertThat(two).containsEntry(1L, Grade.EXCELLENT).containsEntry(2L, Grade.COMPETENT);
    }

    @Test
    void theQuotaHoldsForTheRoundsTopGradeWhenItIsNotExcellent() {
        // no 优秀 in this round: 合格 is its top grade, 2 of 4 at 50%
        Map<Long, Grade> grades = GradeProposal.propose(List.of(basis(1, "90"), basis(2, "80"), basis(3, "75"),
                basis(4, "72")), EnumSet.of(Grade.COMPETENT, Grade.BASIC, Grade.INCOMPETENT), 50);
        assertThat(grades).containsEntry(1L, Grade.COMPETENT).containsEntry(2L, Grade.COMPETENT)
                .containsEntry(3L, Grade.BASIC).containsEntry(4L, Grade.BASIC);
    }
}
