package cn.helituan.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.domain.activity.Figure;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ranking's formula on groups whose scores are worked out by hand. */
class RankingTest {

    private static UnitMonth group(String name, long confirmed, String funds, String trained) {
        Map<Figure, BigDecimal> figures = new EnumMap<>(Figure.class);
        figures.put(Figure.FUNDS_SECURED, new BigDecimal(funds));
        figures.put(Figure.PEOPLE_TRAINED, new BigDecimal(trained));
        return new UnitMonth(name.hashCode(), name, "分团", confirmed + 1, confirmed, figures);
    }

    @Test
    void scoresAreTheWeightedShareOfEachFactorsLargestValue() {
        // weights: activities 50, funds 30, people trained 20 (the rest 0)
        Map<RankingFactor, Integer> weights = new EnumMap<>(RankingFactor.class);
        for (RankingFactor f : RankingFactor.values()) {
            weights.put(f, 0);
        }
        weights.put(RankingFactor.ACTIVITIES, 50);
        weights.put(RankingFactor.FUNDS_SECURED, 30);
        weights.put(RankingFactor.PEOPLE_TRAINED, 20);
        // 甲: 4 of max 4 activities, 0 funds, 100 of max 200 trained → (50·1 + 0 + 20·0.5) = 60
        // 乙: 2 of 4, 1,000,000 of max 1,000,000, 200 of 200 → (25 + 30 + 20) = 75
        // 丙: 1 of 4, 250,000 of 1,000,000, 0 → (12.5 + 7.5 + 0) = 20
        // 丁: the same as 丙 → shares rank 3 (and comes first by name); 戊: nothing → 0, rank 5
        List<Ranking.Ranked> ranked = Ranking.rank(List.of(group("甲", 4, "0", "100"), group("乙", 2, "1000000", "200"),
                group("丙", 1, "250000", "0"), group("丁", 1, "250000", "0"), group("戊", 0, "0", "0")), weights);
        assertThat(ranked).extracting(r -> r.group().name()).containsExactly("乙", "甲", "丁", "丙", "戊");
        assertThat(ranked).extracting(r -> r.score().toPlainString()).containsExactly("75.00", "60.00", "20.00",
                "20.00", "0.00");
        assertThat(ranked).extracting(Ranking.Ranked::rank).containsExactly(1, 2, 3, 3, 5);
    }

    @Test
    void aFactorNobodyHasCountsNothingAndNoWeightMeansNoScore() {
        Map<RankingFactor, Integer> weights = new EnumMap<>(RankingFactor.class);
        weights.put(RankingFactor.ACTIVITIES, 10);
        weights.put(RankingFactor.PRODUCE_SOLD, 90);
        List<Ranking.Ranked> ranked = Ranking.rank(List.of(group("甲", 3, "0", "0"), group("乙", 1, "0", "0")),
                weights);
        assertThat(ranked.get(0).score()).as("10 of 100: nobody sold produce").isEqualByComparingTo("10");
        assertThat(ranked.get(1).score()).isEqualByComparingTo("3.33");
        assertThat(Ranking.rank(List.of(group("甲", 3, "0", "0")), Map.of()).get(0).score()).isEqualByComparingTo("0");
    }
}
