package cn.helituan.persistence.supervision;

import cn.helituan.domain.supervision.Finding;
import cn.helituan.domain.supervision.FindingStatus;
import cn.helituan.domain.supervision.Findings;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaFindings extends JpaRepository<Finding, Long>, Findings {

    @Override
    @Query("select f from Finding f left join fetch f.item where f.inspection.id = :inspectionId order by f.id")
    List<Finding> ofInspection(@Param("inspectionId") long inspectionId);

    @Override
    default Page<Finding> search(String prefix, List<FindingStatus> statuses, LocalDate overdueOn, Long unitId,
                                 LocalDate from, LocalDate to, Pageable pageable) {
        // no null parameters: PostgreSQL cannot type an untyped null in "? is null"
        return searchPage(prefix, statuses.isEmpty(),
                statuses.isEmpty() ? Arrays.asList(FindingStatus.values()) : statuses, overdueOn == null,
                overdueOn == null ? LocalDate.EPOCH : overdueOn, unitId == null, unitId == null ? -1L : unitId,
                from, to, pageable);
    }

    @Query(value = """
            select f from Finding f join fetch f.unit u left join fetch f.item
            where u.path like concat(:prefix, '%') and (:anyStatus = true or f.status in :statuses)
              and (:anyDay = true or (f.status <> cn.helituan.domain.supervision.FindingStatus.CLOSED
                                      and f.deadline < :day))
              and (:anyUnit = true or u.id = :unitId) and f.foundOn between :from and :to
            order by f.foundOn desc, f.id desc""",
            countQuery = """
            select count(f) from Finding f join f.unit u
            where u.path like concat(:prefix, '%') and (:anyStatus = true or f.status in :statuses)
              and (:anyDay = true or (f.status <> cn.helituan.domain.supervision.FindingStatus.CLOSED
                                      and f.deadline < :day))
              and (:anyUnit = true or u.id = :unitId) and f.foundOn between :from and :to""")
    Page<Finding> searchPage(@Param("prefix") String prefix, @Param("anyStatus") boolean anyStatus,
                             @Param("statuses") List<FindingStatus> statuses, @Param("anyDay") boolean anyDay,
                             @Param("day") LocalDate day, @Param("anyUnit") boolean anyUnit,
                             @Param("unitId") long unitId, @Param("from") LocalDate from, @Param("to") LocalDate to,
                             Pageable pageable);

    // the counts alone, each condition written in (no on/off switches) and without the unit join for the whole
    // deployment: the list's statement with a page of one was planned generically for a province's 300,000 findings
    // (docs/performance.md, "Supervision at province scale")
    @Override
    default long countInStates(String prefix, List<FindingStatus> statuses) {
        return prefix.isEmpty() ? countInStatesAll(statuses) : countInStatesUnder(prefix, statuses);
    }

    @Override
    default long countOverdue(String prefix, LocalDate day) {
        return prefix.isEmpty() ? countOverdueAll(day) : countOverdueUnder(prefix, day);
    }

    @Query("select count(f) from Finding f where f.status in :statuses")
    long countInStatesAll(@Param("statuses") List<FindingStatus> statuses);

    @Query("""
            select count(f) from Finding f join f.unit u
            where u.path like concat(:prefix, '%') and f.status in :statuses""")
    long countInStatesUnder(@Param("prefix") String prefix, @Param("statuses") List<FindingStatus> statuses);

    @Query("""
            select count(f) from Finding f
            where f.status <> cn.helituan.domain.supervision.FindingStatus.CLOSED and f.deadline < :day""")
    long countOverdueAll(@Param("day") LocalDate day);

    @Query("""
            select count(f) from Finding f join f.unit u
            where u.path like concat(:prefix, '%')
              and f.status <> cn.helituan.domain.supervision.FindingStatus.CLOSED and f.deadline < :day""")
    long countOverdueUnder(@Param("prefix") String prefix, @Param("day") LocalDate day);
}
