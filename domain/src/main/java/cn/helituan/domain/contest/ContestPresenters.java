package cn.helituan.domain.contest;

import java.util.Collection;
import java.util.List;

public interface ContestPresenters {

    <S extends ContestPresenter> S save(S presenter);

    /** The presenters of these stops, with their members. */
    List<ContestPresenter> ofStops(Collection<Long> stopIds);
}
