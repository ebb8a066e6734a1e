package cn.helituan.domain.contest;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The rounds. */
public interface ContestRounds {

    Optional<ContestRound> findById(Long id);

    <S extends ContestRound> S save(S round);

    /**
     * Locks the round's row until the transaction ends: {@code exclusive} (FOR UPDATE) to publish it, shared (FOR
     * SHARE) to score it — so that a score saved while the round is published is either in the snapshot or refused.
     */
    Integer lockRound(Long id, boolean exclusive);

    /**
     * The rounds a reader sees, newest first, with their units: those whose unit's path starts with
     * {@code covering} (a scope's prefix; "" the whole deployment; null none), the published ones whose unit's path
     * {@code below} starts with (a reader under the organising unit; null none), and those naming the account a
     * judge; narrowed by the filters (null = any).
     */
    Page<ContestRound> visible(String covering, String below, Long accountId, ContestLevel level, Integer year,
                               Integer quarter, ContestStatus status, Pageable pageable);

    /** The organising units of the year's published town contests under the path ("" = all), by name. */
    java.util.List<cn.helituan.domain.team.Unit> townsWithResults(int year, String pathPrefix);
}
