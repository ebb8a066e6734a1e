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

interface JpaInspections extends JpaRepository<Inspection, Long>, Inspections, SupervisionRows {

    @Override
    default List<Inspection> ofPlan(long planId, Collection<Long> unitIds) {
        return unitIds.isEmpty() ? List.of() : planInspections(planId, List.copyOf(unitIds));
    }

    @Override
    default Page<Inspection> search(String prefix, Long planId, Pageable pageable) {
        boolean anyPlan = planId == null;
        long plan = anyPlan ? -1L : planId;
        // the whole deployment: read without joining every inspection's group to its path; counted from V98's
        // tally by group (a plan's from its index)
        List<Long> ids = prefix.isEmpty() ? everyId(anyPlan, plan, pageable) : idsUnder(prefix, anyPlan, plan, pageable);
        return PageableExecutionUtils.getPage(inspectionRows(ids), pageable, () -> anyPlan
                ? (prefix.isEmpty() ? countAll() : countUnder(prefix))
                : countOfPlanUnder(prefix, plan));
    }

    /**
     * The whole deployment's ids (the page's rows then by id: page 100 joined the 2,000 inspections it passed over to
     * their groups and plans, 6.6 ms; V98 makes the walk index-only): no condition on the path, which a generic plan
     * cannot tell is true for every inspection (a deep page was then a join and sort of all of them), so a walk down
     * the inspections by day.
     */
    @Query("""
            select i.id from Inspection i where :anyPlan = true or i.plan.id = :planId
            order by i.inspectedOn desc, i.id desc""")
    List<Long> everyId(@Param("anyPlan") boolean anyPlan, @Param("planId") long planId, Pageable pageable);

    /** A scope's ids: from V98's index by group, day and id alone. */
    @Query("""
            select i.id from Inspection i join i.unit u
            where u.path like concat(:prefix, '%') and (:anyPlan = true or i.plan.id = :planId)
            order by i.inspectedOn desc, i.id desc""")
    List<Long> idsUnder(@Param("prefix") String prefix, @Param("anyPlan") boolean anyPlan,
                        @Param("planId") long planId, Pageable pageable);

    @Query(value = "select coalesce(sum(n), 0) from supervision_inspection_count", nativeQuery = true)
    long countAll();

    @Query(value = """
            select coalesce(sum(c.n), 0) from unit u join supervision_inspection_count c on c.unit_id = u.id
            where u.path like concat(:prefix, '%')""", nativeQuery = true)
    long countUnder(@Param("prefix") String prefix);

    /**
     * A plan's inspections under the path, read from the plan's few hundred (its index) and then their groups: left to
     * a generic plan, every group under the path was walked in V98's index by group for the plan's (16 ms for the
     * province's 3,364 units).
     */
    @Query(value = """
            select count(*) from (select unit_id from supervision_inspection where plan_id = :planId offset 0) i
            join unit u on u.id = i.unit_id where u.path like concat(:prefix, '%')""", nativeQuery = true)
    long countOfPlanUnder(@Param("prefix") String prefix, @Param("planId") long planId);
}
