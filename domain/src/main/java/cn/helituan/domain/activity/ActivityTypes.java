package cn.helituan.domain.activity;

import java.util.List;
import java.util.Optional;

public interface ActivityTypes {

    Optional<ActivityType> findById(Long id);

    <S extends ActivityType> S save(S type);

    List<ActivityType> findByArchivedFalseOrderBySortOrderAscIdAsc();

    /** Every type, archived ones last (the configuration page). */
    List<ActivityType> findAllByOrderByArchivedAscSortOrderAscIdAsc();

    List<ActivityType> findByNameIgnoreCaseAndArchivedFalse(String name);
}
