package cn.helituan.domain.notification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly ranking of groups (docs/notification.md): a group's score is
 * <pre>  100 × Σ_f w_f × (x_f ÷ max_f) ÷ Σ_f w_f</pre>
 * over the factors f ({@link RankingFactor}: confirmed activities and confirmed figures), x_f its value in the month,
 * max_f the largest of any group in the notification (a factor nobody has counts 0 for all), w_f the weight the
 * deployment set. Scores are rounded to two decimals; the order is score, then confirmed activities, then reported
 * ones, then name; equal scores share a rank (1, 2, 2, 4).
 */
public final class Ranking {

    private Ranking() {
    }

    /** A group with its score and rank. */
    public record Ranked(UnitMonth group, BigDecimal score, int rank) {
    }

    public static List<Ranked> rank(List<UnitMonth> groups, Map<RankingFactor, Integer> weights) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        Map<RankingFactor, BigDecimal> max = new EnumMap<>(RankingFactor.class);
        for (RankingFactor factor : RankingFactor.values()) {
            max.put(factor, groups.stream().map(g -> g.value(factor)).max(Comparator.naturalOrder())
                    .orElse(BigDecimal.ZERO));
        }
        List<Ranked> scored = new ArrayList<>();
        for (UnitMonth group : groups) {
            BigDecimal sum = BigDecimal.ZERO;
            for (RankingFactor factor : RankingFactor.values()) {
                int weight = weights.getOrDefault(factor, 0);
                BigDecimal top = max.get(factor);
                if (weight > 0 && top.signum() > 0) {
                    sum = sum.add(group.value(factor).multiply(BigDecimal.valueOf(weight))
                            .divide(top, 10, RoundingMode.HALF_UP));
                }
            }
            BigDecimal score = total == 0 ? BigDecimal.ZERO.setScale(2)
                    : sum.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
            scored.add(new Ranked(group, score, 0));
        }
        scored.sort(Comparator.comparing(Ranked::score).reversed()
                .thenComparing(r -> r.group().confirmed(), Comparator.reverseOrder())
                .thenComparing(r -> r.group().reported(), Comparator.reverseOrder())
                .thenComparing(r -> r.group().name()));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Ranked r = scored.get(i);
            int rank = i > 0 && r.score().compareTo(scored.get(i - 1).score()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Ranked(r.group(), r.score(), rank));
        }
        return ranked;
    }
}
