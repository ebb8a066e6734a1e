package cn.helituan.persistence.demand;

import cn.helituan.domain.demand.Demand;
import cn.helituan.domain.demand.Demands;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaDemands extends JpaRepository<Demand, Long>, Demands, JpaDemandSearch {

    @Override
    @EntityGraph(attributePaths = {"object", "category"})
    Optional<Demand> findById(Long id);

    @Override
    @Query("""
            select count(d) from Demand d where d.object.id = :objectId
            and d.status not in (cn.helituan.domain.demand.DemandStatus.DECLINED,
                                 cn.helituan.domain.demand.DemandStatus.RESOLVED,
                                 cn.helituan.domain.demand.DemandStatus.UNSOLVABLE)""")
    long countOpenOfObject(@Param("objectId") long objectId);
}
