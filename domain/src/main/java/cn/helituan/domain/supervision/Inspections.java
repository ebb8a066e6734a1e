package cn.helituan.domain.supervision;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The inspections, their item results and the cadres seen. */
public interface Inspections {

    Optional<Inspection> findById(Long id);

    <S extends Inspection> S save(S inspection);

    /** A plan's inspections of these groups, latest first, with their units. */
    List<Inspection> ofPlan(long planId, Collection<Long> unitIds);

    /** Inspections of groups under the prefix, of a plan when {@code planId} is non-null, latest first. */
    Page<Inspection> search(String prefix, Long planId, Pageable pageable);
}
