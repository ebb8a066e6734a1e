package cn.helituan.domain.evaluation;

import cn.helituan.domain.history.PartHistory;
import cn.helituan.domain.station.AttendanceFigures;
import java.math.BigDecimal;
import java.time.YearMonth;
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
                        BigDecimal basis, List<PartHistory> history, List<CadreOversight> cadres,
                        YearMonth cadreMonth) {

    /**
     * The stationed cadres' days added up (the group's attendance figures when nothing changed since the round was
     * computed); {@code cadres} is null for a reader who may not see them, {@code cadreMonth} the month their
     * figures reach.
     */
    public AttendanceFigures cadreDays() {
        int[] sum = new int[5];
        for (CadreOversight c : cadres == null ? List.<CadreOversight>of() : cadres) {
            sum[0] += c.days().present();
            sum[1] += c.days().doubtful();
            sum[2] += c.days().away();
            sum[3] += c.days().leave();
            sum[4] += c.days().absent();
        }
        return new AttendanceFigures(sum[0], sum[1], sum[2], sum[3], sum[4]);
    }
}
