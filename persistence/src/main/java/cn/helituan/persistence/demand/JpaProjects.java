package cn.helituan.persistence.demand;

import cn.helituan.domain.demand.Project;
import cn.helituan.domain.demand.Projects;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaProjects extends JpaRepository<Project, Long>, Projects, JpaProjectSearch {

    @Override
    @EntityGraph(attributePaths = {"group", "demand", "demand.object"})
    Optional<Project> findById(Long id);

    @Override
    @EntityGraph(attributePaths = {"group"})
    Optional<Project> findByDemandId(Long demandId);

    @Override
    @Query("""
            select count(p) from Project p where p.demand.object.id = :objectId
            and p.status = cn.helituan.domain.demand.ProjectStatus.ACTIVE""")
    long countActiveOfObject(@Param("objectId") long objectId);
}
