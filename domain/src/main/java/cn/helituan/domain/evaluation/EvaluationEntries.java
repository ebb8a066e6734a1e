package cn.helituan.domain.evaluation;

import java.util.List;
import java.util.Optional;

/** The rounds' groups (written set-wise by {@link EvaluationStore#openEntries}); implemented with Spring Data. */
public interface EvaluationEntries {

    /** With its group. */
    Optional<EvaluationEntry> entry(long roundId, long groupId);

    /** Every entry of the round with its group. */
    List<EvaluationEntry> ofRound(long roundId);

    /** Writes pending changes now, so that a refused write (a locked round) fails inside the user's action. */
    void flush();
}
