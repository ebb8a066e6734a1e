package cn.helituan.domain.evaluation;

import java.util.List;

/** The reviewers named on the rounds; implemented in the persistence module (Spring Data). */
public interface EvaluationReviewers {

    <S extends EvaluationReviewer> S save(S reviewer);

    /** Every reviewer row of the round (removed ones too), with the accounts, by username. */
    List<EvaluationReviewer> ofRound(long roundId);
}
