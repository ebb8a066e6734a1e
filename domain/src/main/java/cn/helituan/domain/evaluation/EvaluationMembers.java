package cn.helituan.domain.evaluation;

import java.util.List;
import java.util.Optional;

/** The rounds' members (written set-wise by {@link EvaluationStore#openEntries}); implemented with Spring Data. */
public interface EvaluationMembers {

    /** With the member record. */
    Optional<EvaluationMember> member(long id);

    /** The entry's members with the member records, by name. */
    List<EvaluationMember> ofEntry(long entryId);

    /** Every member row of the round with its member (the round's trail). */
    List<EvaluationMember> ofRound(long roundId);

    /** Writes pending changes now, so that a refused write (a locked round) fails inside the user's action. */
    void flush();
}
