package cn.helituan.persistence.supervision;

import cn.helituan.domain.supervision.Finding;
import cn.helituan.domain.supervision.Inspection;
import cn.helituan.domain.supervision.Measure;
import cn.helituan.persistence.common.RowsById;
import jakarta.persistence.EntityManager;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Spring Data's fragment of {@link JpaFindings}, {@link JpaInspections} and {@link JpaMeasures}: their pages' rows by id. */
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
    public List<Measure> measureRows(List<Long> ids) {
        return RowsById.inOrder(em, "select m from Measure m join fetch m.member join fetch m.kind where m.id in ",
                Measure.class, ids, Measure::getId);
    }
}
