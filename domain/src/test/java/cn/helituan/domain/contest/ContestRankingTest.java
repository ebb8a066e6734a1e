package cn.helituan.domain.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ranking worked by hand. Criteria 特色亮点 ×3, 工作成效 ×4, 存在问题 ×1 taken off, 群众评价 ×3: (9, 9, 2, 9) is
 * 27 + 36 − 2 + 27 = 88.
 */
class ContestRankingTest {

    private static final List<ContestRanking.Weight> WEIGHTS = List.of(
            new ContestRanking.Weight(1, new BigDecimal("3"), false),
            new ContestRanking.Weight(2, new BigDecimal("4"), false),
            new ContestRanking.Weight(3, new BigDecimal("1"), true),
            new ContestRanking.Weight(4, new BigDecimal("3"), false));

    private static BigDecimal judge(int a, int b, int c, int d) {
        return ContestRanking.judgeTotal(WEIGHTS, Map.of(1L, BigDecimal.valueOf(a), 2L, BigDecimal.valueOf(b),
                3L, BigDecimal.valueOf(c), 4L, BigDecimal.valueOf(d)));
    }

    @Test
    void aJudgesTotalWeighsEachCriterionAndTakesTheDeductionOff() {
        assertThat(judge(9, 9, 2, 9)).isEqualByComparingTo("88");
        assertThat(judge(7, 7, 3, 7)).isEqualByComparingTo("67");
        assertThat(judge(10, 10, 0, 10)).isEqualByComparingTo("100");
    }

    @Test
    void fourJudgesAreAveragedWhole() {
        // 88, 78, 100, 67: 333 / 4 = 83.25, nothing dropped
        assertThat(ContestRanking.stopTotal(List.of(judge(9, 9, 2, 9), judge(8, 8, 2, 8), judge(10, 10, 0, 10),
                judge(7, 7, 3, 7)))).isEqualByComparingTo("83.25");
    }

    @Test
    void fromFiveJudgesTheHighestAndLowestAreDropped() {
        // 88, 78, 100, 67, 83: without 100 and 67, (88 + 78 + 83) / 3 = 83.00 (the plain mean would be 83.20)
        assertThat(ContestRanking.stopTotal(List.of(judge(9, 9, 2, 9), judge(8, 8, 2, 8), judge(10, 10, 0, 10),
                judge(7, 7, 3, 7), judge(8, 9, 1, 8)))).isEqualByComparingTo("83.00");
    }

    @Test
    void equalTotalsShareARankAndTheNextRankIsSkipped() {
        List<ContestRanking.Line> lines = ContestRanking.rank(List.of(10L, 20L, 30L, 40L), Map.of(
                10L, List.of(new BigDecimal("70"), new BigDecimal("80")),           // 75.00
                20L, List.of(new BigDecimal("83"), new BigDecimal("83")),           // 83.00
                30L, List.of(new BigDecimal("88"), new BigDecimal("78"), new BigDecimal("100"),
                        new BigDecimal("67"), new BigDecimal("83"))));              // trimmed 83.00
        assertThat(lines).extracting(ContestRanking.Line::stopId).containsExactly(20L, 30L, 10L, 40L);
        assertThat(lines).extracting(ContestRanking.Line::rank).containsExactly(1, 1, 3, null);
        assertThat(lines.get(1).trimmed()).isTrue();
        assertThat(lines.get(0).trimmed()).isFalse();
        assertThat(lines.get(3).total()).isNull();
        assertThat(lines.get(3).judges()).isZero();
    }
}
