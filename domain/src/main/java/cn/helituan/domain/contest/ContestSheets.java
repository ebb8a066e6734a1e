package cn.helituan.domain.contest;

import java.util.List;
import java.util.Optional;

public interface ContestSheets {

    <S extends ContestSheet> S save(S sheet);

    Optional<ContestSheet> findByStop_IdAndJudge_Id(Long stopId, Long judgeId);

    /** Whether any judge has scored a stop of the round (its criteria and scale are then fixed). */
    boolean existsByStop_Round_Id(Long roundId);

    /**
     * Per stop of the round that has sheets: its id, how many sheets, and how many of them the account's (0 or 1):
     * what the round's page shows, without reading the sheets.
     */
    List<Object[]> countsOfRound(Long roundId, Long accountId);

    /** Every sheet of the stop, with its judge and account. */
    List<ContestSheet> ofStop(Long stopId);
}
