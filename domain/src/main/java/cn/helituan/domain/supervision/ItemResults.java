package cn.helituan.domain.supervision;

import java.util.List;

/** The item results of inspections. */
public interface ItemResults {

    <S extends ItemResult> S save(S result);

    List<ItemResult> findByInspectionIdOrderByItemPosition(Long inspectionId);
}
