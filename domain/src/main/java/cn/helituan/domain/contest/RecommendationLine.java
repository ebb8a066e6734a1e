package cn.helituan.domain.contest;

/**
 * A live recommendation as the year end's pages show it: who (the member and the stop and round they presented at),
 * whether selected, the reason, and the id and version its forms post back. Read as one row, not as the seven records
 * behind it: a page of twenty towns holds forty of them (docs/performance.md, "Contests and the case library").
 */
public record RecommendationLine(long id, long version, int year, long unitId, long memberId, String memberName,
                                 String stopName, String roundTitle, boolean selected, String reason) {
}
