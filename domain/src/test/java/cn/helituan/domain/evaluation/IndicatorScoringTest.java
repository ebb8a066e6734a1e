package cn.helituan.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorScoringTest {

    private static GroupIndicators group(long id, long planned, long done, long keyPlanned, long keyDone,
                                         long reported, long confirmed, long disputed, String funds, long received,
                                         long resolved, long overdue) {
        BigDecimal zero = BigDecimal.ZERO;
        return new GroupIndicators(id, planned, done, keyPlanned, keyDone, reported, confirmed, disputed,
                new BigDecimal(funds), zero, zero, zero, zero, zero, received, resolved, overdue);
    }

    @Test
    void amountsArePartsOfTheLargestPenaltiesTheRestAndIndicatorsThatDoNotApplyDropOut() {
        Map<Indicator, Integer> weights = Map.of(Indicator.TASKS, 40, Indicator.KEY_TASKS, 20,
                Indicator.FUNDS_SECURED, 20, Indicator.OVERDUE, 20);
        GroupIndicators a = group(1, 4, 3, 0, 0, 2, 2, 0, "500", 0, 0, 1);
        GroupIndicators b = group(2, 2, 2, 1, 1, 1, 0, 0, "1000", 0, 0, 4);
        GroupIndicators max = IndicatorScoring.maxima(List.of(a, b));
        assertThat(max.fundsSecured()).isEqualByComparingTo("1000");
        assertThat(max.overdue()).isEqualTo(4);
        // a: key tasks do not apply → Σw 80: (40×0.75 + 20×0.5 + 20×0.75) ÷ 80 = 68.75
        assertThat(IndicatorScoring.score(a, max, weights)).isEqualByComparingTo("68.75");
        // b: (40×1 + 20×1 + 20×1 + 20×0) ÷ 100 = 80
        assertThat(IndicatorScoring.score(b, max, weights)).isEqualByComparingTo("80.00");
        List<IndicatorScoring.Part> parts = IndicatorScoring.parts(a, max, weights);
        assertThat(parts.stream().filter(p -> p.indicator() == Indicator.KEY_TASKS).findFirst().orElseThrow()
                .applies()).isFalse();
    }

    @Test
    void aRoundWhereNobodyHasAPenaltyGivesEveryoneItsFullShare() {
        GroupIndicators a = group(1, 1, 0, 0, 0, 0, 0, 0, "0", 0, 0, 0);
        Map<Indicator, Integer> weights = Map.of(Indicator.OVERDUE, 10, Indicator.FUNDS_SECURED, 10);
        assertThat(IndicatorScoring.score(a, IndicatorScoring.maxima(List.of(a)), weights)).isEqualByComparingTo("50");
    }

    @Test
    void groupsRankBestFirstEqualValuesSharingARankAndPenaltiesFewestFirst() {
        GroupIndicators a = group(1, 2, 2, 0, 0, 1, 1, 0, "300", 0, 0, 3);
        GroupIndicators b = group(2, 2, 1, 1, 1, 1, 1, 0, "100", 0, 0, 0);
        GroupIndicators c = group(3, 2, 1, 0, 0, 1, 1, 0, "100", 0, 0, 1);
        GroupIndicators d = group(4, 2, 0, 0, 0, 1, 0, 0, "0", 0, 0, 0);
        Map<Long, IndicatorScoring.Ranked> ranked = new java.util.HashMap<>();
        IndicatorScoring.rank(List.of(a, b, c, d), Indicator.defaultWeights())
                .forEach(r -> ranked.put(r.indicators().groupId(), r));
        assertThat(List.of(1L, 2L, 3L, 4L)).extracting(id -> ranked.get(id).ranks().get(Indicator.FUNDS_SECURED))
                .containsExactly(1, 2, 2, 4);
        assertThat(List.of(1L, 2L, 3L, 4L)).extracting(id -> ranked.get(id).ranks().get(Indicator.OVERDUE))
                .containsExactly(4, 1, 3, 1);
        assertThat(ranked.get(1L).ranks().get(Indicator.KEY_TASKS)).as("planned none: no rank").isNull();
        assertThat(ranked.get(2L).ranks().get(Indicator.KEY_TASKS)).isEqualTo(1);
        assertThat(ranked.values()).allSatisfy(r -> assertThat(r.score())
                .isEqualByComparingTo(IndicatorScoring.score(r.indicators(), IndicatorScoring.maxima(List.of(a, b, c, d)),
                        Indicator.defaultWeights())));
    }

    @Test
    void tiesShareARankAndAColumnWhereEveryGroupHasNoneRanksNobody() {
        // a and b secured the same funds, c none; nobody's objects confirmed an activity; only b planned a key task
        // and did not do it; nobody has a disputed activity
        GroupIndicators a = group(1, 2, 1, 0, 0, 2, 0, 0, "500", 0, 0, 0);
        GroupIndicators b = group(2, 2, 1, 1, 0, 1, 0, 0, "500", 0, 0, 0);
        GroupIndicators c = group(3, 2, 0, 0, 0, 0, 0, 0, "0", 0, 0, 0);
        Map<Long, IndicatorScoring.Ranked> ranked = new java.util.HashMap<>();
        IndicatorScoring.rank(List.of(a, b, c), Indicator.defaultWeights())
                .forEach(r -> ranked.put(r.indicators().groupId(), r));
        assertThat(List.of(1L, 2L, 3L)).extracting(id -> ranked.get(id).ranks().get(Indicator.FUNDS_SECURED))
                .as("competition ranking").containsExactly(1, 1, 3);
        assertThat(List.of(1L, 2L, 3L)).extracting(id -> ranked.get(id).ranks().get(Indicator.TASKS))
                .containsExactly(1, 1, 3);
        assertThat(List.of(1L, 2L, 3L)).extracting(id -> ranked.get(id).ranks().get(Indicator.CONFIRMED_SHARE))
                .as("0% everywhere: not 第 1 名").containsOnlyNulls();
        assertThat(ranked.get(2L).ranks().get(Indicator.KEY_TASKS)).as("the only group at 0%").isNull();
        assertThat(List.of(1L, 2L, 3L)).extracting(id -> ranked.get(id).ranks().get(Indicator.DISPUTED))
                .as("no penalty anywhere tells nobody apart").containsOnlyNulls();
        assertThat(List.of(1L, 2L, 3L)).extracting(id -> ranked.get(id).scoreRank()).doesNotContainNull();
    }

    @Test
    void aRoundWhereEveryScoreIsZeroRanksNobodyOnTheScore() {
        GroupIndicators a = group(1, 2, 0, 0, 0, 0, 0, 0, "0", 0, 0, 0);
        GroupIndicators b = group(2, 2, 0, 0, 0, 0, 0, 0, "0", 0, 0, 0);
        Map<Indicator, Integer> weights = Map.of(Indicator.TASKS, 50, Indicator.FUNDS_SECURED, 50);
        assertThat(IndicatorScoring.rank(List.of(a, b), weights)).allSatisfy(r -> {
            assertThat(r.score()).isEqualByComparingTo("0");
            assertThat(r.scoreRank()).isNull();
        });
    }
}
