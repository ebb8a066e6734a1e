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

    /** Gives the (loaded) round a new version when the transaction ends, though none of its own columns changed. */
    java.util.Optional<ContestRound> newVersion(Long id);

    /**
     * The rounds a reader sees, newest first, with their units: those whose unit's path starts with
     * {@code covering} (a scope's prefix; "" the whole deployment; null none), the published ones whose unit's path
     * {@code below} starts with (a reader under the organising unit; null none), and those naming the account a
     * judge; narrowed by the filters (null = any; {@code from}/{@code to}: the round's first stop's day).
     */
    Page<ContestRound> visible(String covering, String below, Long accountId, ContestLevel level, Integer year,
                               Integer quarter, ContestStatus status, java.time.LocalDate from,
                               java.time.LocalDate to, Pageable pageable);

    /**
     * Of the same rounds as {@link #visible}: per level, the rounds, their recorded attendance and their stops (level,
     * rounds, attendance, stops).
     */
    java.util.List<Object[]> roundTotals(String covering, String below, Long accountId, ContestLevel level,
                                         Integer year, Integer quarter, ContestStatus status,
                                         java.time.LocalDate from, java.time.LocalDate to);

    /**
     * A page of the organising units of the year's published town contests under the path ("" = all), by name (the
     * year end's towns: a province has hundreds).
     */
    org.springframework.data.domain.Page<cn.helituan.domain.team.Unit> townsWithResults(int year, String pathPrefix,
            org.springframework.data.domain.Pageable pageable);
}
