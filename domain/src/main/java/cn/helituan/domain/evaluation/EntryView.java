package cn.helituan.domain.evaluation;

import cn.helituan.domain.history.PartHistory;
import java.math.BigDecimal;
import java.util.List;

/**
 * A group's entry: the indicators with their parts of the score, the self-assessment, the ratings' average (each
 * rating for the admin and reviewers), the reviewers' scores (all for the admin, one's own for a reviewer), the
 * members, and what the reader may do. Grades are shown to the group once published.
 */
public record EntryView(EvaluationRound round, EvaluationEntry entry, EvaluationStore.Scored scored,
                        List<IndicatorScoring.Part> parts, BigDecimal ratingAverage, long ratingCount,
                        List<EvaluationRating> ratings, List<EvaluationScore> scores, BigDecimal reviewersMean,
                        EvaluationScore myScore, List<MemberLine> members, boolean manages, boolean reviews,
                        boolean ownGroup, boolean leads, boolean takesInput, boolean showsGrades,
                        BigDecimal basis, List<PartHistory> history) {
}
