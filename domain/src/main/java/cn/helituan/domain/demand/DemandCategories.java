package cn.helituan.domain.demand;

import java.util.List;
import java.util.Optional;

public interface DemandCategories {

    Optional<DemandCategory> findById(Long id);

    <S extends DemandCategory> S save(S category);

    /** Every category, archived ones last (the configuration page). */
    List<DemandCategory> findAllByOrderByArchivedAscSortOrderAscIdAsc();

    List<DemandCategory> findByArchivedFalseOrderBySortOrderAscIdAsc();
}
