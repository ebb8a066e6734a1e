package cn.helituan.domain.contest;

import java.util.Collection;
import java.util.List;

public interface ContestPresenters {

    <S extends ContestPresenter> S save(S presenter);

    /** The presenters of these stops, with their members. */
    List<ContestPresenter> ofStops(Collection<Long> stopIds);

    java.util.Optional<ContestPresenter> findById(Long id);

    /**
     * The candidates of a town's year: the presenters who are roster members at stops of the unit's published town
     * contests of the year, with their stop, round and member.
     */
    List<ContestPresenter> candidates(Long unitId, int year);
}
