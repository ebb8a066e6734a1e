package cn.helituan.domain.contest;

import java.util.List;

public interface ContestResults {

    <S extends ContestResult> S save(S result);

    /** The published ranking in rank order (the unranked last, in visiting order). */
    List<ContestResult> ranking(Long roundId);

    /** The published lines of these stops. */
    List<ContestResult> findByStopIdIn(java.util.Collection<Long> stopIds);
}
