package cn.helituan.domain.evaluation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A group on the review screen: its indicators and indicator score, each with its rank in the round (1 = best; none
 * where the indicator does not apply or where every group has 0), whether it assessed itself, its rating average and count, its reviewers' mean
 * and count, the reader's own score, and the grades proposed and given.
 */
public record BoardRow(long entryId, long groupId, String groupName, String subTeamName, GroupIndicators indicators,
                       BigDecimal score, Integer scoreRank, Map<Indicator, Integer> ranks, boolean selfAssessed,
                       BigDecimal ratingAverage, long ratings, BigDecimal reviewersMean, long reviews,
                       BigDecimal myScore, Grade proposedGrade, Grade grade) {

    /**
     * The row as a reader other than the round's admin sees it: no reviewers' mean, no proposal, and the grade only
     * once published.
     */
    public BoardRow withoutAdminParts(boolean published) {
        return new BoardRow(entryId, groupId, groupName, subTeamName, indicators, score, scoreRank, ranks,
                selfAssessed, ratingAverage, ratings, null, 0, myScore, null, published ? grade : null);
    }
}
