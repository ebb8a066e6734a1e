package cn.helituan.persistence.supervision;

import cn.helituan.domain.supervision.Finding;
import cn.helituan.domain.supervision.Inspection;
import cn.helituan.domain.supervision.Measure;
import cn.helituan.persistence.common.IdList;
import cn.helituan.persistence.common.RowsById;
import jakarta.persistence.EntityManager;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Spring Data's fragment of {@link JpaFindings}, {@link JpaInspections} and {@link JpaMeasures}: their pages' rows by
 * id, and a plan's page's inspections, the ids bound as an {@link IdList} so each query keeps its plan.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SupervisionRowsImpl implements SupervisionRows {

    private final EntityManager em;

    @Override
    public List<Finding> findingRows(List<Long> ids) {
        return RowsById.inOrder(em, "select f from Finding f join fetch f.unit left join fetch f.item where f.id in ",
                Finding.class, ids, Finding::getId);
    }

    @Override
    public List<Inspection> inspectionRows(List<Long> ids) {
        return RowsById.inOrder(em, "select i from Inspection i join fetch i.unit join fetch i.plan where i.id in ",
                Inspection.class, ids, Inspection::getId);
    }

    @Override
    public List<Inspection> planInspections(long planId, List<Long> unitIds) {
        IdList groups = IdList.of(unitIds);
        return groups.bind(em.createQuery("select i from Inspection i join fetch i.unit where i.plan.id = :planId"
                + " and i.unit.id in " + groups.placeholders() + " order by i.inspectedOn desc, i.id desc",
                Inspection.class)).setParameter("planId", planId).getResultList();
    }

    @Override
    public List<Measure> measureRows(List<Long> ids) {
        return RowsById.inOrder(em, "select m from Measure m join fetch m.member join fetch m.kind where m.id in ",
                Measure.class, ids, Measure::getId);
    }
}
