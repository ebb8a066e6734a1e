package cn.helituan.domain.activity;

import java.util.List;
import java.util.Optional;

public interface ActivityTypes {

    Optional<ActivityType> findById(Long id);

    List<ActivityType> findByArchivedFalseOrderBySortOrderAscIdAsc();
}
