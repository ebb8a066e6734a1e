package cn.helituan.persistence.demand;

import cn.helituan.domain.demand.AidResource;
import cn.helituan.domain.demand.AidResources;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaAidResources extends JpaRepository<AidResource, Long>, AidResources, JpaResourceSearch {

    @Override
    @EntityGraph(attributePaths = {"category", "group", "member", "workUnit"})
    Optional<AidResource> findById(Long id);

    @Override
    @Query("""
            select r from AidResource r join fetch r.category left join fetch r.group left join fetch r.member
            left join fetch r.workUnit where r.id in :ids order by r.id""")
    List<AidResource> withIds(@Param("ids") Collection<Long> ids);
}
