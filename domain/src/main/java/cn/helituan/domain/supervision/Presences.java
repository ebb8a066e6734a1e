package cn.helituan.domain.supervision;

import java.util.List;

/** The cadres seen (or not) by inspections. */
public interface Presences {

    <S extends Presence> S save(S presence);

    List<Presence> findByInspectionIdOrderById(Long inspectionId);
}
