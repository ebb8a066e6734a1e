package cn.helituan.domain.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The evaluation's records one by one; implemented in the persistence module (JPA). */
public interface Evaluations {

    EvaluationRound save(EvaluationRound round);

    /** With its scope's unit. */
    Optional<EvaluationRound> round(long id);

    /** The rounds of these ids with their scope units, latest year first. */
    List<EvaluationRound> rounds(Collection<Long> ids);

    /** Every reviewer row of the round (removed ones too), with the accounts. */
    List<EvaluationReviewer> reviewers(long roundId);

    EvaluationReviewer save(EvaluationReviewer reviewer);

    /** With its group. */
    Optional<EvaluationEntry> entry(long roundId, long groupId);

    /** Every entry of the round with its group. */
    List<EvaluationEntry> entries(long roundId);

    /** The entry's members with the member records, by name. */
    List<EvaluationMember> members(long entryId);

    Optional<EvaluationMember> member(long id);

    Optional<EvaluationScore> score(long entryId, long reviewerId);

    /** The entry's scores with their reviewers' accounts. */
    List<EvaluationScore> scores(long entryId);

    EvaluationScore save(EvaluationScore score);

    Optional<EvaluationRating> rating(long entryId, long objectId);

    /** The entry's ratings with their objects. */
    List<EvaluationRating> ratings(long entryId);

    EvaluationRating save(EvaluationRating rating);

    /** Every score of the round with its reviewer (the round's trail). */
    List<EvaluationScore> roundScores(long roundId);

    /** Every rating of the round with its object. */
    List<EvaluationRating> roundRatings(long roundId);

    /** Every member row of the round with its member. */
    List<EvaluationMember> roundMembers(long roundId);

    /** Writes pending changes now, so that a refused write (a locked round) fails inside the user's action. */
    void flush();
}
