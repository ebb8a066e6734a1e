package cn.helituan.domain.evaluation;

/**
 * The review screen's filters and order: a sub-team, a grade, a group's name (part of it), only the groups the
 * reviewer has not scored yet, only those without a self-assessment; sorted by a column ({@link BoardSort}) up or down.
 */
public record BoardQuery(Long subTeam, Grade grade, String name, boolean unscored, boolean noSelfAssessment,
                         BoardSort sort, boolean ascending) {

    public static BoardQuery all() {
        return new BoardQuery(null, null, null, false, false, BoardSort.SCORE, false);
    }
}
