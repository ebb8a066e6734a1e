package cn.helituan.persistence.contest;

import cn.helituan.domain.contest.Recommendation;
import cn.helituan.domain.contest.RecommendationLine;
import cn.helituan.domain.contest.Recommendations;
import java.util.Collection;
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
    default List<RecommendationLine> liveOf(int year, Collection<Long> unitIds) {
        List<Long> ids = liveIds(year, unitIds);
        return ids.isEmpty() ? List.of() : lines(ids);
    }

    @Query("select r.id from Recommendation r where r.year = :year and not r.withdrawn and r.unit.id in :unitIds")
    List<Long> liveIds(int year, Collection<Long> unitIds);

    /** The lines in one row each: a stop is named by its object, or by its region for a town's own stop. */
    @Query("""
            select new cn.helituan.domain.contest.RecommendationLine(r.id, r.version, r.year, u.id, m.id, m.name,
                       coalesce(o.name, g.name), rd.title, r.selected, r.reason)
            from Recommendation r join r.unit u join r.member m join r.presenter p join p.stop s join s.round rd
            left join s.object o left join s.region g
            where r.id in :ids order by u.path, r.id""")
    List<RecommendationLine> lines(Collection<Long> ids);
}
