package cn.helituan.domain.contest;

import java.util.List;
import java.util.Optional;

public interface ContestStops {

    Optional<ContestStop> findById(Long id);

    <S extends ContestStop> S save(S stop);

    /** The round's stops in visiting order with their village or town. */
    List<ContestStop> inOrder(Long roundId);

    long countByRound_Id(Long roundId);
}
