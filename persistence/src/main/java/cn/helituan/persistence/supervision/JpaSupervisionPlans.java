package cn.helituan.persistence.supervision;

import cn.helituan.domain.supervision.SupervisionPlan;
import cn.helituan.domain.supervision.SupervisionPlans;
import cn.helituan.domain.team.Unit;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaSupervisionPlans extends JpaRepository<SupervisionPlan, Long>, SupervisionPlans {

    @Override
    @Query("select u from Unit u where u.id in :ids")
    List<Unit> units(@Param("ids") Collection<Long> ids);

    @Override
    @Query(value = """
            select id from unit where kind = 'GROUP' and not archived and path like concat(:prefix, '%')
            order by id""", nativeQuery = true)
    List<Long> groupsUnder(@Param("prefix") String prefix);

    @Override
    default Page<SupervisionPlan> search(String prefix, Long inspectorId, Pageable pageable) {
        return inspectorId != null ? byInspector(inspectorId, pageable) : byPath(prefix, pageable);
    }

    @Query(value = """
            select p from SupervisionPlan p left join p.scopeUnit u
            where (:prefix = '' or u.path like concat(:prefix, '%'))
            order by p.startsOn desc, p.id desc""",
            countQuery = """
            select count(p) from SupervisionPlan p left join p.scopeUnit u
            where (:prefix = '' or u.path like concat(:prefix, '%'))""")
    Page<SupervisionPlan> byPath(@Param("prefix") String prefix, Pageable pageable);

    @Query(value = """
            select p from SupervisionPlan p where :account member of p.inspectorIds
            order by p.startsOn desc, p.id desc""",
            countQuery = "select count(p) from SupervisionPlan p where :account member of p.inspectorIds")
    Page<SupervisionPlan> byInspector(@Param("account") Long account, Pageable pageable);
}
