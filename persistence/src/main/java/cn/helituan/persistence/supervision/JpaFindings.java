package cn.helituan.persistence.supervision;

import cn.helituan.domain.supervision.Finding;
import cn.helituan.domain.supervision.FindingQuery;
import cn.helituan.domain.supervision.FindingStatus;
import cn.helituan.domain.supervision.Findings;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaFindings extends JpaRepository<Finding, Long>, Findings, SupervisionRows {

    @Override
    @Query("select f from Finding f left join fetch f.item where f.inspection.id = :inspectionId order by f.id")
    List<Finding> ofInspection(@Param("inspectionId") long inspectionId);

    /** The list's conditions, each filter with its on/off switch (no null parameters: see {@link #search}). */
    String WHERE_ANY_DAY = """
            where u.path like concat(:prefix, '%') and (:anyStatus = true or f.status in :statuses)
              and (:anyDay = true or (f.status <> cn.helituan.domain.supervision.FindingStatus.CLOSED
                                      and f.deadline < :day))
              and (:anyUnit = true or u.id = :unitId)""";
    String WHERE = WHERE_ANY_DAY + " and f.foundOn between :from and :to";

    /**
     * A page's ids and their count: a query is one of these, its conditions and (the ids) {@link #NEWEST}. The ids come
     * from an index alone (V98: by group, day and id, with the state and deadline), the page's rows then by id
     * ({@link SupervisionRows#findingRows}): a page no longer joins every row it passes over, nor reads a scope's every
     * finding from the heap to sort them.
     */
    String IDS = "select f.id from Finding f join f.unit u ";
    String COUNT = "select count(f) from Finding f join f.unit u ";
    String NEWEST = " order by f.foundOn desc, f.id desc";

    @Override
    default Page<Finding> search(String prefix, List<FindingStatus> statuses, LocalDate overdueOn, Long unitId,
                                 LocalDate from, LocalDate to, Pageable pageable) {
        // no null parameters: PostgreSQL cannot type an untyped null in "? is null"
        List<FindingStatus> states = statuses.isEmpty() ? Arrays.asList(FindingStatus.values()) : statuses;
        LocalDate day = overdueOn == null ? LocalDate.EPOCH : overdueOn;
        long unit = unitId == null ? -1L : unitId;
        if (prefix.isEmpty() && unitId == null && from.equals(FindingQuery.EARLIEST) && to.equals(FindingQuery.LATEST)) {
            // the whole deployment, every day: the page's rows, and the total from the tally (V90) rather than
            // counted over every finding of a province on every page
            List<Long> ids = everyId(statuses.isEmpty(), states, overdueOn == null, day, pageable);
            List<String> names = states.stream().map(Enum::name).toList();
            long total = overdueOn == null ? countInStatesAll(names) : countOverdueInStatesAll(names, overdueOn);
            return new PageImpl<>(findingRows(ids), pageable, total);
        }
        if (unitId == null && overdueOn == null && from.equals(FindingQuery.EARLIEST)
                && to.equals(FindingQuery.LATEST)) {
            // a scope's findings in some states on any day (a city's inspector's list: 25,868): the page's ids from
            // the index by group and day, the total from V99's tally by group and state
            List<Long> ids = states.contains(FindingStatus.CLOSED)
                    ? idsUnder(prefix, statuses.isEmpty(), states, pageable)
                    : openIdsUnder(prefix, statuses.isEmpty(), states, pageable);
            return new PageImpl<>(findingRows(ids), pageable,
                    countInStatesUnder(prefix, states.stream().map(Enum::name).toList()));
        }
        Page<Long> ids = (overdueOn != null || !states.contains(FindingStatus.CLOSED))
                && from.equals(FindingQuery.EARLIEST) && to.equals(FindingQuery.LATEST)
                ? searchOpenIds(prefix, statuses.isEmpty(), states, overdueOn == null, day, unitId == null, unit,
                        pageable)
                : searchIds(prefix, statuses.isEmpty(), states, overdueOn == null, day, unitId == null, unit, from, to,
                        pageable);
        return new PageImpl<>(findingRows(ids.getContent()), pageable, ids.getTotalElements());
    }

    /**
     * The list's conditions on any day for findings not closed (states without CLOSED, or overdue), with that written
     * as the literal of the partial index of those by group (V90's by unit, status and deadline; since V98 by group,
     * day and id, with the state and deadline): a city's findings to answer were read
     * through every finding of each of its units (25,000, 17 ms in each of the page's two statements in a generic
     * plan), now from the index of those not closed (3.7 and 6.5 ms).
     */
    String OPEN = WHERE_ANY_DAY + " and f.status <> cn.helituan.domain.supervision.FindingStatus.CLOSED";

    @Query(value = IDS + OPEN + NEWEST, countQuery = COUNT + OPEN)
    Page<Long> searchOpenIds(@Param("prefix") String prefix, @Param("anyStatus") boolean anyStatus,
                                 @Param("statuses") List<FindingStatus> statuses, @Param("anyDay") boolean anyDay,
                                 @Param("day") LocalDate day, @Param("anyUnit") boolean anyUnit,
                                 @Param("unitId") long unitId, Pageable pageable);

    /**
     * The whole deployment's rows on every day: no condition on the unit's path or the days, which PostgreSQL cannot
     * tell are true for every finding in a generic plan — with them a deep page (page 100 of 300,000 findings) was
     * planned as a join and sort of every finding (4 s); without, a walk down {@code supervision_finding_day_all_idx},
     * index-only (V98).
     */
    @Query("select f.id from Finding f where (:anyStatus = true or f.status in :statuses)"
            + " and (:anyDay = true or (f.status <> cn.helituan.domain.supervision.FindingStatus.CLOSED"
            + " and f.deadline < :day))" + NEWEST)
    List<Long> everyId(@Param("anyStatus") boolean anyStatus, @Param("statuses") List<FindingStatus> statuses,
                           @Param("anyDay") boolean anyDay, @Param("day") LocalDate day, Pageable pageable);

    @Query(value = IDS + WHERE + NEWEST, countQuery = COUNT + WHERE)
    Page<Long> searchIds(@Param("prefix") String prefix, @Param("anyStatus") boolean anyStatus,
                             @Param("statuses") List<FindingStatus> statuses, @Param("anyDay") boolean anyDay,
                             @Param("day") LocalDate day, @Param("anyUnit") boolean anyUnit,
                             @Param("unitId") long unitId, @Param("from") LocalDate from, @Param("to") LocalDate to,
                             Pageable pageable);

    /** A scope's ids in some states on any day, from V98's index by group, day and id alone. */
    @Query(IDS + "where u.path like concat(:prefix, '%') and (:anyStatus = true or f.status in :statuses)" + NEWEST)
    List<Long> idsUnder(@Param("prefix") String prefix, @Param("anyStatus") boolean anyStatus,
                        @Param("statuses") List<FindingStatus> statuses, Pageable pageable);

    /** As {@link #idsUnder} for states not closed: from V98's index of those, by group, day and id. */
    @Query(IDS + "where u.path like concat(:prefix, '%') and (:anyStatus = true or f.status in :statuses)"
            + " and f.status <> cn.helituan.domain.supervision.FindingStatus.CLOSED" + NEWEST)
    List<Long> openIdsUnder(@Param("prefix") String prefix, @Param("anyStatus") boolean anyStatus,
                            @Param("statuses") List<FindingStatus> statuses, Pageable pageable);

    // the counts alone (docs/performance.md, "Supervision at province scale"): for the whole deployment from the tally
    // of findings by state and deadline (V90), under a unit from the tally by group and state (V99), both kept by
    // triggers; the overdue ones under a unit from the units under the path, each unit's findings not closed read
    // from the index led by the unit (the literal "not closed" matches the partial index's condition in a generic
    // plan too)
    @Override
    default long countInStates(String prefix, List<FindingStatus> statuses) {
        List<String> names = statuses.stream().map(Enum::name).toList();
        return prefix.isEmpty() ? countInStatesAll(names) : countInStatesUnder(prefix, names);
    }

    @Override
    default long countOverdue(String prefix, LocalDate day) {
        return prefix.isEmpty() ? countOverdueAll(day) : countOverdueUnder(prefix, day);
    }

    @Query(value = "select coalesce(sum(n), 0) from supervision_finding_count where status in (:statuses)",
            nativeQuery = true)
    long countInStatesAll(@Param("statuses") List<String> statuses);

    @Query(value = """
            select coalesce(sum(n), 0) from supervision_finding_count
            where status in (:statuses) and status <> 'CLOSED' and deadline < :day""", nativeQuery = true)
    long countOverdueInStatesAll(@Param("statuses") List<String> statuses, @Param("day") LocalDate day);

    @Query(value = """
            select coalesce(sum(c.n), 0) from unit u join supervision_finding_unit_count c on c.unit_id = u.id
            where u.path like concat(:prefix, '%') and c.status in (:statuses)""", nativeQuery = true)
    long countInStatesUnder(@Param("prefix") String prefix, @Param("statuses") List<String> statuses);

    @Query(value = """
            select coalesce(sum(n), 0) from supervision_finding_count where status <> 'CLOSED' and deadline < :day""",
            nativeQuery = true)
    long countOverdueAll(@Param("day") LocalDate day);

    @Query(value = """
            select count(*) from unit u join supervision_finding f on f.unit_id = u.id
            where u.path like concat(:prefix, '%') and f.status <> 'CLOSED' and f.deadline < :day""",
            nativeQuery = true)
    long countOverdueUnder(@Param("prefix") String prefix, @Param("day") LocalDate day);
}
