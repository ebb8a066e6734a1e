package cn.helituan.domain.evaluation;

import java.util.List;
import java.util.Optional;

/** The objects' ratings, one per object and entry; implemented in the persistence module (Spring Data). */
public interface EvaluationRatings {

    <S extends EvaluationRating> S save(S rating);

    Optional<EvaluationRating> rating(long entryId, long objectId);

    /** The entry's ratings with their objects, by the object's name. */
    List<EvaluationRating> ofEntry(long entryId);

    /** Every rating of the round with its object (the round's trail). */
    List<EvaluationRating> ofRound(long roundId);

    /** Writes pending changes now, so that a refused write (a locked round) fails inside the user's action. */
    void flush();
}
