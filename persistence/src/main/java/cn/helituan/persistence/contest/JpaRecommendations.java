package cn.helituan.persistence.contest;

import cn.helituan.domain.contest.Recommendation;
import cn.helituan.domain.contest.Recommendations;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JpaRecommendations extends JpaRepository<Recommendation, Long>, Recommendations {

    @Override
    @Query(value = """
            select 1 from (select pg_advisory_xact_lock(hashtextextended('contest-recommend:' || :unitId || ':' || :year, 0))) l
            """, nativeQuery = true)
    Integer lockTownYear(@org.springframework.data.repository.query.Param("unitId") Long unitId,
                         @org.springframework.data.repository.query.Param("year") int year);

    /**
     * Their ids first, then, when there are any, the recommendations with what the page shows of them: the join of
     * eight tables took 4.6 ms to plan on every page of the year end, recommendations or none (docs/performance.md,
     * "Contests and the case library").
     */
    @Override
    default List<Recommendation> liveOf(int year, java.util.Collection<Long> unitIds) {
        List<Long> ids = liveIds(year, unitIds);
        return ids.isEmpty() ? List.of() : withDetails(ids);
    }

    @Query("select r.id from Recommendation r where r.year = :year and not r.withdrawn and r.unit.id in :unitIds")
    List<Long> liveIds(int year, java.util.Collection<Long> unitIds);

    @Query("""
            select r from Recommendation r join fetch r.unit u join fetch r.member join fetch r.presenter p
            join fetch p.stop s join fetch s.round left join fetch s.object left join fetch s.region
            where r.id in :ids order by u.path, r.id""")
    List<Recommendation> withDetails(java.util.Collection<Long> ids);
}
