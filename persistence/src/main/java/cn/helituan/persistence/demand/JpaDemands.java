package cn.helituan.persistence.demand;

import cn.helituan.domain.demand.Demand;
import cn.helituan.domain.demand.Demands;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaDemands extends JpaRepository<Demand, Long>, Demands, JpaDemandSearch {

    @Override
    @EntityGraph(attributePaths = {"object", "category"})
    Optional<Demand> findById(Long id);
}
