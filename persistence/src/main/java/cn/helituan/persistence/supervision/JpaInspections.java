package cn.helituan.persistence.supervision;

import cn.helituan.domain.supervision.Inspection;
import cn.helituan.domain.supervision.Inspections;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.data.repository.query.Param;

interface JpaInspections extends JpaRepository<Inspection, Long>, Inspections {

    @Override
    @Query("""
            select i from Inspection i join fetch i.unit where i.plan.id = :planId and i.unit.id in :unitIds
            order by i.inspectedOn desc, i.id desc""")
    List<Inspection> ofPlan(@Param("planId") long planId, @Param("unitIds") Collection<Long> unitIds);

    @Override
    default Page<Inspection> search(String prefix, Long planId, Pageable pageable) {
        if (prefix.isEmpty()) {
            // the whole deployment: read and counted without joining every inspection's group to its path
            List<Inspection> rows = everyRow(planId == null, planId == null ? -1L : planId, pageable);
            return PageableExecutionUtils.getPage(rows, pageable,
                    () -> countAll(planId == null, planId == null ? -1L : planId));
        }
        return searchPage(prefix, planId == null, planId == null ? -1L : planId, pageable);
    }

    /**
     * The whole deployment's rows: no condition on the path, which a generic plan cannot tell is true for every
     * inspection (a deep page was then a join and sort of all of them), so a walk down the inspections by day.
     */
    @Query("""
            select i from Inspection i join fetch i.unit u join fetch i.plan p
            where :anyPlan = true or p.id = :planId
            order by i.inspectedOn desc, i.id desc""")
    List<Inspection> everyRow(@Param("anyPlan") boolean anyPlan, @Param("planId") long planId, Pageable pageable);

    @Query("select count(i) from Inspection i where :anyPlan = true or i.plan.id = :planId")
    long countAll(@Param("anyPlan") boolean anyPlan, @Param("planId") long planId);

    @Query(value = """
            select i from Inspection i join fetch i.unit u join fetch i.plan p
            where u.path like concat(:prefix, '%') and (:anyPlan = true or p.id = :planId)
            order by i.inspectedOn desc, i.id desc""",
            countQuery = """
            select count(i) from Inspection i join i.unit u
            where u.path like concat(:prefix, '%') and (:anyPlan = true or i.plan.id = :planId)""")
    Page<Inspection> searchPage(@Param("prefix") String prefix, @Param("anyPlan") boolean anyPlan,
                                @Param("planId") long planId, Pageable pageable);
}
