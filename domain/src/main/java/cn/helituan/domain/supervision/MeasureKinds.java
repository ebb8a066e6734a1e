package cn.helituan.domain.supervision;

import java.util.List;
import java.util.Optional;

/** The kinds of measure. */
public interface MeasureKinds {

    Optional<MeasureKind> findById(Long id);

    Optional<MeasureKind> findByCode(String code);

    <S extends MeasureKind> S save(S kind);

    /** Every kind, archived ones last (the configuration page). */
    List<MeasureKind> findAllByOrderByArchivedAscSortOrderAscIdAsc();

    /** The kinds the form offers. */
    List<MeasureKind> findByArchivedFalseOrderBySortOrderAscIdAsc();
}
