package cn.helituan.domain.contest;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface ContestPresenters {

    <S extends ContestPresenter> S save(S presenter);

    /** The presenters of the round's stops, by id (their names are their own: the members are not read). */
    List<ContestPresenter> ofRound(long roundId);

    java.util.Optional<ContestPresenter> findById(Long id);

    /**
     * The candidates of towns' year: the presenters who are roster members at stops of the units' published town
     * contests of the year, with their stop, round and member, by unit, quarter, stop and presenter.
     */
    List<ContestPresenter> candidates(Collection<Long> unitIds, int year);

    /**
     * A page of the town's candidates of the year with their stop and round, the best ranked first (rank, then
     * total, then quarter, stop and presenter).
     */
    Page<ContestPresenter> candidatesOf(long unitId, int year, Pageable pageable);
}
