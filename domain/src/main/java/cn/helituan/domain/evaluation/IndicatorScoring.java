package cn.helituan.domain.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A group's indicator score (docs/evaluation.md), the formula the round's page shows:
 * <pre>
 * score = 100 × Σ weight × share ÷ Σ weight, over the indicators that apply to the group
 * share: a ratio as it is; an amount ÷ the round's largest (0 when the largest is 0);
 *        a penalty 1 − count ÷ the round's largest (1 when the largest is 0)
 * </pre>
 * Key tasks do not apply to a group that planned none, demands to a group whose objects raised none, attendance and
 * doubtful check-ins to a group with no stationed cadre's day due, findings to a group neither inspected nor found
 * wanting in the year, rectification to a group with no finding due; every other indicator applies (no plan or no
 * activity is a share of 0). Each part's points add up to the score.
 */
public final class IndicatorScoring {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IndicatorScoring() {
    }

    /**
     * One indicator of one group: its value (null: does not apply), its share (0–1), its weight, and the points it
     * brings to the score.
     */
    public record Part(Indicator indicator, BigDecimal value, BigDecimal share, int weight, BigDecimal points) {

        public boolean applies() {
            return value != null;
        }
    }

    /** Each column's largest value over the groups (the amounts' and penalties' denominators). */
    public static GroupIndicators maxima(Collection<GroupIndicators> groups) {
        long[] counts = new long[10];
        BigDecimal[] amounts = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO};
        for (GroupIndicators g : groups) {
            long[] c = {g.tasksPlanned(), g.tasksDone(), g.keyTasksPlanned(), g.keyTasksDone(), g.activitiesReported(),
                g.activitiesConfirmed(), g.activitiesDisputed(), g.demandsReceived(), g.demandsResolved(), g.overdue()};
            for (int i = 0; i < c.length; i++) {
                counts[i] = Math.max(counts[i], c[i]);
            }
            BigDecimal[] a = {g.fundsSecured(), g.projectsIntroduced(), g.trainingsHeld(), g.peopleTrained(),
                g.beneficiaries(), g.peopleEmployed()};
            for (int i = 0; i < a.length; i++) {
                amounts[i] = amounts[i].max(a[i]);
            }
        }
        return new GroupIndicators(0, counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6],
                amounts[0], amounts[1], amounts[2], amounts[3], amounts[4], amounts[5], counts[7], counts[8], counts[9],
                Oversight.maxima(groups.stream().map(GroupIndicators::oversight).toList()));
    }

    public static List<Part> parts(GroupIndicators group, GroupIndicators maxima, Map<Indicator, Integer> weights) {
        int applicable = 0;
        for (Indicator i : Indicator.values()) {
            if (group.value(i) != null) {
                applicable += weights.getOrDefault(i, 0);
            }
        }
        List<Part> parts = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            BigDecimal value = group.value(i);
            int weight = weights.getOrDefault(i, 0);
            BigDecimal share = value == null ? null : share(i, value, maxima.value(i));
            BigDecimal points = share == null || applicable == 0 ? BigDecimal.ZERO
                    : HUNDRED.multiply(BigDecimal.valueOf(weight)).multiply(share)
                            .divide(BigDecimal.valueOf(applicable), 4, RoundingMode.HALF_UP);
            parts.add(new Part(i, value, share, weight, points));
        }
        return parts;
    }

    public static BigDecimal score(GroupIndicators group, GroupIndicators maxima, Map<Indicator, Integer> weights) {
        return parts(group, maxima, weights).stream().map(Part::points).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(Indicator indicator, BigDecimal value, BigDecimal largest) {
        return switch (indicator.kind()) {
            case RATIO -> value;
            case AMOUNT -> largest == null || largest.signum() == 0 ? BigDecimal.ZERO
                    : value.divide(largest, 4, RoundingMode.HALF_UP);
            case PENALTY -> largest == null || largest.signum() == 0 ? BigDecimal.ONE
                    : BigDecimal.ONE.subtract(value.divide(largest, 4, RoundingMode.HALF_UP));
        };
    }

    /**
     * A group's score and its ranks in the round (1 = best; none where the indicator does not apply, and none in a
     * column where every group has 0).
     */
    public record Ranked(GroupIndicators indicators, BigDecimal score, Integer scoreRank,
                         Map<Indicator, Integer> ranks) {
    }

    /**
     * Every group of the round scored and ranked: on the score and on each indicator, the best first (the fewest for
     * a penalty), equal values sharing a rank (competition ranking: 1, 1, 3); a column where every group has 0 ranks
     * nobody (a group at 0% is not 第 1 名 because all the others are at 0% too).
     */
    public static List<Ranked> rank(List<GroupIndicators> groups, Map<Indicator, Integer> weights) {
        GroupIndicators maxima = maxima(groups);
        Map<Long, BigDecimal> scores = new java.util.HashMap<>();
        groups.forEach(g -> scores.put(g.groupId(), score(g, maxima, weights)));
        Map<Long, Integer> scoreRanks = ranks(groups, g -> scores.get(g.groupId()), false);
        Map<Indicator, Map<Long, Integer>> byIndicator = new java.util.EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            byIndicator.put(i, ranks(groups, g -> g.value(i), i.kind() == Indicator.Kind.PENALTY));
        }
        List<Ranked> ranked = new ArrayList<>(groups.size());
        for (GroupIndicators g : groups) {
            Map<Indicator, Integer> ranks = new java.util.EnumMap<>(Indicator.class);
            for (Indicator i : Indicator.values()) {
                ranks.put(i, byIndicator.get(i).get(g.groupId()));
            }
            ranked.add(new Ranked(g, scores.get(g.groupId()), scoreRanks.get(g.groupId()), ranks));
        }
        return ranked;
    }

    /**
     * Competition ranks of the groups by a value (higher first, or lower first); no rank for no value, and none at
     * all when every value is 0 (nothing tells the groups apart).
     */
    private static Map<Long, Integer> ranks(List<GroupIndicators> groups,
                                            java.util.function.Function<GroupIndicators, BigDecimal> value,
                                            boolean lowerFirst) {
        List<GroupIndicators> valued = new ArrayList<>(groups.stream().filter(g -> value.apply(g) != null).toList());
        if (valued.stream().allMatch(g -> value.apply(g).signum() == 0)) {
            return new java.util.HashMap<>();
        }
        java.util.Comparator<GroupIndicators> order = java.util.Comparator.comparing(value);
        valued.sort(lowerFirst ? order : order.reversed());
        Map<Long, Integer> ranks = new java.util.HashMap<>();
        for (int k = 0; k < valued.size(); k++) {
            boolean tie = k > 0 && value.apply(valued.get(k)).compareTo(value.apply(valued.get(k - 1))) == 0;
            ranks.put(valued.get(k).groupId(), tie ? ranks.get(valued.get(k - 1).groupId()) : k + 1);
        }
        return ranks;
    }
}
