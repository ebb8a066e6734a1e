package cn.helituan.domain.contest;

import java.util.List;

public interface ContestCriteria {

    <S extends ContestCriterion> S save(S criterion);

    /** The round's criteria in their order, removed ones included. */
    List<ContestCriterion> findByRoundIdOrderByPosition(Long roundId);
}
