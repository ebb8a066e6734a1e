package cn.helituan.domain.demand;

import java.util.List;
import java.util.Optional;

public interface DemandCategories {

    Optional<DemandCategory> findById(Long id);

    List<DemandCategory> findByArchivedFalseOrderBySortOrderAscIdAsc();
}
