package cn.helituan.domain.contest;

import java.util.Collection;
import java.util.List;

public interface ContestPresenters {

    <S extends ContestPresenter> S save(S presenter);

    /** The presenters of these stops, with their members. */
    List<ContestPresenter> ofStops(Collection<Long> stopIds);

    java.util.Optional<ContestPresenter> findById(Long id);

    /**
     * The candidates of towns' year: the presenters who are roster members at stops of the units' published town
     * contests of the year, with their stop, round and member, by unit, quarter, stop and presenter.
     */
    List<ContestPresenter> candidates(Collection<Long> unitIds, int year);
}
