package cn.helituan.domain.contest;

import java.util.List;
import java.util.Optional;

public interface ContestSheets {

    <S extends ContestSheet> S save(S sheet);

    Optional<ContestSheet> findByStop_IdAndJudge_Id(Long stopId, Long judgeId);

    /** Every sheet of the round, with its judge and account. */
    List<ContestSheet> ofRound(Long roundId);

    /** Every sheet of the stop, with its judge and account. */
    List<ContestSheet> ofStop(Long stopId);
}
