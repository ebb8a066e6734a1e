package cn.helituan.domain.evaluation;

import java.util.List;
import java.util.Optional;

/** The reviewers' scores, one per reviewer and entry; implemented in the persistence module (Spring Data). */
public interface EvaluationScores {

    <S extends EvaluationScore> S save(S score);

    Optional<EvaluationScore> score(long entryId, long reviewerId);

    /** The entry's scores with their reviewers' accounts, by username. */
    List<EvaluationScore> ofEntry(long entryId);

    /** Every score of the round with its reviewer (the round's trail). */
    List<EvaluationScore> ofRound(long roundId);

    /** Writes pending changes now, so that a refused write (a locked round) fails inside the user's action. */
    void flush();
}
