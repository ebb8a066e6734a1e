package cn.helituan.domain.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The findings. */
public interface Findings {

    Optional<Finding> findById(Long id);

    <S extends Finding> S save(S finding);

    List<Finding> ofInspection(long inspectionId);

    /**
     * Findings of groups under the prefix, latest found first; {@code statuses} non-empty: only those;
     * {@code overdueOn} non-null: only those not closed with a deadline before that day; {@code unitId} non-null:
     * only that group's; found between {@code from} and {@code to} (both non-null: give the widest days for any).
     */
    Page<Finding> search(String prefix, List<FindingStatus> statuses, LocalDate overdueOn, Long unitId,
                         LocalDate from, LocalDate to, Pageable pageable);

    /**
     * How many findings of groups under the prefix are in one of the states: the list filtered by those states,
     * counted alone (the to-do centre's badge, on every page).
     */
    long countInStates(String prefix, List<FindingStatus> statuses);

    /** How many are not closed with a deadline before the day: the list's "overdue only", counted alone. */
    long countOverdue(String prefix, LocalDate day);
}
