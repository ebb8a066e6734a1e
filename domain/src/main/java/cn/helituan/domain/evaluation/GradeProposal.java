package cn.helituan.domain.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The grades the system proposes from each group's basis (docs/evaluation.md):
 * <pre>
 * basis = (indicator score × 50 + reviewers' mean × 40 + rating average × 20 × 10) ÷ the weights of the parts present
 * 优秀 basis ≥ 85; 合格 basis ≥ 70; 基本合格 basis ≥ 60; 不合格 below 60
 * </pre>
 * A grade the round does not use gives way to the next one below it (or, at the bottom, the lowest in use). The
 * round's top grade (优秀, or the best it uses) goes to as many as the quota allows, best first; those past the quota
 * — and a tie that would not fit — get the next grade.
 */
public final class GradeProposal {

    public static final BigDecimal EXCELLENT_FROM = BigDecimal.valueOf(85);
    public static final BigDecimal COMPETENT_FROM = BigDecimal.valueOf(70);
    public static final BigDecimal BASIC_FROM = BigDecimal.valueOf(60);

    private GradeProposal() {
    }

    /** A group's basis: its indicator score, its reviewers' mean and its rating average where there are any. */
    public static BigDecimal basis(BigDecimal indicatorScore, BigDecimal reviewersMean, BigDecimal ratingAverage) {
        BigDecimal sum = indicatorScore.multiply(BigDecimal.valueOf(50));
        int weights = 50;
        if (reviewersMean != null) {
            sum = sum.add(reviewersMean.multiply(BigDecimal.valueOf(40)));
            weights += 40;
        }
        if (ratingAverage != null) {
            sum = sum.add(ratingAverage.multiply(BigDecimal.valueOf(20)).multiply(BigDecimal.TEN));
            weights += 10;
        }
        return sum.divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
    }

    /** How many of {@code evaluated} may have the top grade under a quota in percent (rounded down). */
    public static int allowedTop(int evaluated, int quotaPercent) {
        return evaluated * quotaPercent / 100;
    }

    public record Basis(long entryId, BigDecimal basis) {
    }

    public static Map<Long, Grade> propose(List<Basis> entries, Set<Grade> grades, int quotaPercent) {
        Grade top = grades.stream().min(Enum::compareTo).orElse(Grade.EXCELLENT);
        Map<Long, Grade> proposed = new HashMap<>();
        List<Basis> candidates = new java.util.ArrayList<>();
        for (Basis e : entries) {
            Grade grade;
            if (e.basis().compareTo(EXCELLENT_FROM) >= 0) {
                grade = Grade.EXCELLENT;
            } else if (e.basis().compareTo(COMPETENT_FROM) >= 0) {
                grade = Grade.COMPETENT;
            } else if (e.basis().compareTo(BASIC_FROM) >= 0) {
                grade = Grade.BASIC;
            } else {
                grade = Grade.INCOMPETENT;
            }
            Grade used = inUse(grade, grades);
            proposed.put(e.entryId(), used);
            if (used == top) {
                candidates.add(e);
            }
        }
        // the round's top grade, whichever it is, best first within the quota; a tie that does not fit gets none
        int allowed = allowedTop(entries.size(), quotaPercent);
        candidates.sort(java.util.Comparator.comparing(Basis::basis).reversed());
        Grade below = next(top, grades);
        for (int i = 0; i < candidates.size(); ) {
            int j = i;
            while (j < candidates.size() && candidates.get(j).basis().compareTo(candidates.get(i).basis()) == 0) {
                j++;
            }
            if (j > allowed) {
                for (int k = i; k < candidates.size(); k++) {
                    proposed.put(candidates.get(k).entryId(), below);
                }
                break;
            }
            i = j;
        }
        return proposed;
    }

    /** The grade in use after {@code grade}, or {@code grade} itself when it is the lowest. */
    private static Grade next(Grade grade, Set<Grade> grades) {
        Grade[] all = Grade.values();
        for (int i = grade.ordinal() + 1; i < all.length; i++) {
            if (grades.contains(all[i])) {
                return all[i];
            }
        }
        return grade;
    }

    private static Grade inUse(Grade grade, Set<Grade> grades) {
        Grade[] all = Grade.values();
        for (int i = grade.ordinal(); i < all.length; i++) {
            if (grades.contains(all[i])) {
                return all[i];
            }
        }
        for (int i = all.length - 1; i >= 0; i--) {
            if (grades.contains(all[i])) {
                return all[i];
            }
        }
        return grade;
    }
}
