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

    /**
     * Live towns whose name or county's name matches the LIKE pattern ({@code NamePattern.contains}), in the tree's
     * order, as many as the page asks: a type-to-find filter, so that a province's thousands of towns never reach a page.
     */
    List<TownPick> townsLike(String pattern, org.springframework.data.domain.Pageable limit);

    /** The live town with this id (a filter's chosen town), or none. */
    Optional<TownPick> town(Long id);

    long countLiveChildren(Long regionId);

    long countLiveObjects(Long regionId);
}
