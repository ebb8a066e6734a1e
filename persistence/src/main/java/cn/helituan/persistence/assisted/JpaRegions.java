package cn.helituan.persistence.assisted;

import cn.helituan.domain.assisted.Region;
import cn.helituan.domain.assisted.RegionOption;
import cn.helituan.domain.assisted.Regions;
import cn.helituan.domain.assisted.TownPick;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaRegions extends JpaRepository<Region, Long>, Regions {

    @Override
    @Query("select count(r) > 0 from Region r where lower(r.code) = lower(:code)")
    boolean existsByCodeIgnoreCase(@Param("code") String code);

    @Override
    @Query("select r from Region r where lower(r.code) = lower(:code)")
    Optional<Region> findByCodeIgnoreCase(@Param("code") String code);

    @Override
    @Query("""
            select new cn.helituan.domain.assisted.RegionOption(r.id, r.name, r.depth, r.level, r.code)
            from Region r where r.archived = false order by r.treeOrder""")
    List<RegionOption> liveOptions();

    @Override
    @Query("""
            select new cn.helituan.domain.assisted.TownPick(r.id, r.name, c.name)
            from Region r left join r.parent c
            where r.level = cn.helituan.domain.assisted.RegionLevel.TOWN and r.archived = false
              and (lower(r.name) like :pattern escape '\\' or lower(c.name) like :pattern escape '\\')
            order by r.treeOrder""")
    List<TownPick> townsLike(@Param("pattern") String pattern, Pageable limit);

    @Override
    @Query("""
            select new cn.helituan.domain.assisted.TownPick(r.id, r.name, c.name)
            from Region r left join r.parent c
            where r.id = :id and r.level = cn.helituan.domain.assisted.RegionLevel.TOWN and r.archived = false""")
    Optional<TownPick> town(@Param("id") Long id);

    @Override
    @Query("select count(r) from Region r where r.parent.id = :id and r.archived = false")
    long countLiveChildren(@Param("id") Long regionId);

    @Override
    @Query("select count(o) from AssistedObject o where o.region.id = :id and o.archived = false")
    long countLiveObjects(@Param("id") Long regionId);
}
