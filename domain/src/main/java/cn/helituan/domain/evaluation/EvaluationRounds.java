package cn.helituan.domain.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The evaluation rounds; implemented in the persistence module (Spring Data). */
public interface EvaluationRounds {

    <S extends EvaluationRound> S save(S round);

    /** With its scope's unit. */
    Optional<EvaluationRound> round(long id);

    /** The rounds of these ids with their scope units, in the order of the ids. */
    List<EvaluationRound> rounds(Collection<Long> ids);

    /** Writes pending changes now, so that a refused write (a locked round) fails inside the user's action. */
    void flush();

    /** Open rounds past their deadline and not yet closed (the daily job closes them). */
    List<EvaluationRound> findByStatusAndDeadlineBeforeAndClosedAtIsNullOrderById(RoundStatus status,
                                                                                 java.time.LocalDate day);
}
