package cn.helituan.domain.contest;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface ContestPresenters {

    <S extends ContestPresenter> S save(S presenter);

    /** The presenters of the round's stops, by id (their names are their own: the members are not read). */
    List<ContestPresenter> ofRound(long roundId);

    java.util.Optional<ContestPresenter> findById(Long id);

    /**
     * The presenter, if a candidate of the town's year: a roster member presenting at a stop of the town's published
     * town contests of the year, added before publication.
     */
    Optional<ContestPresenter> candidate(long unitId, int year, long presenterId);

    /**
     * A page of the town's candidates of the year with their stop and round, the best ranked first (rank, then
     * total, then quarter, stop and presenter).
     */
    Page<ContestPresenter> candidatesOf(long unitId, int year, Pageable pageable);
}
