package cn.helituan.domain.contest;

import java.util.List;
import java.util.Optional;

public interface ContestJudges {

    <S extends ContestJudge> S save(S judge);

    /** The round's judges with their accounts, in the order named. */
    List<ContestJudge> ofRound(Long roundId);

    Optional<ContestJudge> findByRound_IdAndAccount_Id(Long roundId, Long accountId);

    boolean existsByRound_IdAndAccount_Id(Long roundId, Long accountId);
}
