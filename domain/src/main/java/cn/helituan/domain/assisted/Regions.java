package cn.helituan.domain.assisted;

import java.util.List;
import java.util.Optional;

public interface Regions {

    Optional<Region> findById(Long id);

    <S extends Region> S save(S region);

    boolean existsByCodeIgnoreCase(String code);

    Optional<Region> findByCodeIgnoreCase(String code);

    /** Every live region, by path (the tree page, the filters and the object form: a county's regions). */
    List<RegionOption> liveOptions();

    long countLiveChildren(Long regionId);

    long countLiveObjects(Long regionId);
}
