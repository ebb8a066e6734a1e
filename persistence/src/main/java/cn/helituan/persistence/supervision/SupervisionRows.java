package cn.helituan.persistence.supervision;

import cn.helituan.domain.supervision.Finding;
import cn.helituan.domain.supervision.Inspection;
import cn.helituan.domain.supervision.Measure;
import java.util.List;

/** The supervision lists' rows by the ids of a page (see {@link cn.helituan.persistence.common.RowsById}). */
interface SupervisionRows {

    /** These findings, in the ids' order, with their group and checklist item. */
    List<Finding> findingRows(List<Long> ids);

    /** These inspections, in the ids' order, with their group and plan. */
    List<Inspection> inspectionRows(List<Long> ids);

    /** A plan's inspections of these groups (not empty), latest first, with their groups. */
    List<Inspection> planInspections(long planId, List<Long> unitIds);

    /** These measures, in the ids' order, with their cadre and kind. */
    List<Measure> measureRows(List<Long> ids);
}
