package cn.helituan.domain.contest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The ranking of a round's stops (pure Java, docs/architecture.md "Contests"): a judge's total for a stop is
 * Σ weight × score over the criteria, a deduction's product taken off; a stop's total is the mean of its judges'
 * totals, and with {@value #TRIM_FROM} judges or more the highest and the lowest are dropped first (a trimmed mean);
 * totals are rounded to two decimals, and equal totals share a rank (1, 1, 3). A stop nobody scored has no total and
 * no rank, after the others.
 */
public final class ContestRanking {

    /** From this many judges on, the highest and the lowest total are dropped. */
    public static final int TRIM_FROM = 5;

    private ContestRanking() {
    }

    /** A criterion's weight and sign. */
    public record Weight(long criterionId, BigDecimal weight, boolean deduction) {
    }

    /** One stop's line: its total (null when unscored), the judges counted, whether trimmed, its rank (null). */
    public record Line(long stopId, BigDecimal total, int judges, boolean trimmed, Integer rank) {
    }

    /** A judge's weighted total from their scores by criterion id; a criterion left unscored counts 0. */
    public static BigDecimal judgeTotal(List<Weight> weights, Map<Long, BigDecimal> scores) {
        BigDecimal total = BigDecimal.ZERO;
        for (Weight w : weights) {
            BigDecimal score = scores.getOrDefault(w.criterionId(), BigDecimal.ZERO);
            BigDecimal product = w.weight().multiply(score);
            total = w.deduction() ? total.subtract(product) : total.add(product);
        }
        return total;
    }

    /** A stop's total from its judges' totals: the mean, trimmed from {@value #TRIM_FROM} judges. */
    public static BigDecimal stopTotal(List<BigDecimal> judgeTotals) {
        if (judgeTotals.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = new ArrayList<>(judgeTotals);
        sorted.sort(Comparator.naturalOrder());
        if (sorted.size() >= TRIM_FROM) {
            sorted = sorted.subList(1, sorted.size() - 1);
        }
        BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(sorted.size()), 2, RoundingMode.HALF_UP);
    }

    /**
     * The lines of the stops, in rank order (the visiting order among equals and among the unscored): {@code totals}
     * holds each stop's judges' totals (in visiting order).
     */
    public static List<Line> rank(List<Long> stopIds, Map<Long, List<BigDecimal>> totals) {
        List<Line> lines = new ArrayList<>();
        for (long stop : stopIds) {
            List<BigDecimal> judges = totals.getOrDefault(stop, List.of());
            lines.add(new Line(stop, stopTotal(judges), judges.size(), judges.size() >= TRIM_FROM, null));
        }
        List<Line> scored = new ArrayList<>(lines.stream().filter(l -> l.total() != null).toList());
        // a stable sort: equal totals keep the visiting order
        scored.sort(Comparator.comparing(Line::total).reversed());
        List<Line> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Line line = scored.get(i);
            int rank = i > 0 && scored.get(i - 1).total().compareTo(line.total()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Line(line.stopId(), line.total(), line.judges(), line.trimmed(), rank));
        }
        lines.stream().filter(l -> l.total() == null).forEach(ranked::add);
        return ranked;
    }
}
