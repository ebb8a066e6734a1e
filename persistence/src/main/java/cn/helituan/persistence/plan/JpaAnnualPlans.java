package cn.helituan.persistence.plan;

import cn.helituan.domain.plan.AnnualPlan;
import cn.helituan.domain.plan.AnnualPlans;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaAnnualPlans extends JpaRepository<AnnualPlan, Long>, AnnualPlans, JpaPlanSearch {

    @Override
    @EntityGraph(attributePaths = {"group"})
    Optional<AnnualPlan> findById(Long id);

    @Override
    @EntityGraph(attributePaths = {"group"})
    Optional<AnnualPlan> findByGroupIdAndYear(Long groupId, int year);

    @Override
    @Query("select t.title from PlanTask t where t.id = :id")
    Optional<String> taskTitle(@Param("id") long taskId);

    @Override
    @Query("""
            select count(distinct t) from PlanTask t join t.objects o
            where o.id = :objectId and t.plan.year = :year and t.removed = false and t.doneOn is null""")
    long countTasksNotDoneOfObject(@Param("objectId") long objectId, @Param("year") int year);
}
