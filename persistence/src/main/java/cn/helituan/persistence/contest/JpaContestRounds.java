package cn.helituan.persistence.contest;

import cn.helituan.domain.contest.ContestLevel;
import cn.helituan.domain.contest.ContestRound;
import cn.helituan.domain.contest.ContestRounds;
import cn.helituan.domain.contest.ContestStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaContestRounds extends JpaRepository<ContestRound, Long>, ContestRounds, JpaContestRoundVersions {

    @Override
    default Integer lockRound(Long id, boolean exclusive) {
        return exclusive ? lockForUpdate(id) : lockForShare(id);
    }

    @Query(value = "select 1 from contest_round where id = :id for update", nativeQuery = true)
    Integer lockForUpdate(@Param("id") Long id);

    @Query(value = "select 1 from contest_round where id = :id for share", nativeQuery = true)
    Integer lockForShare(@Param("id") Long id);

    /**
     * The rounds a reader sees when it is not the whole deployment: the ids of three index look-ups — the rounds of
     * the units under {@code covering}, the published rounds of the units whose paths are {@code above} (the
     * reader's unit and its ancestors), the rounds naming the account a judge. Was one condition OR-ing the three,
     * which PostgreSQL could only check on every round of the province, with a look-up of the judges for each (a
     * county sub-team leader's list: 25 ms of PostgreSQL a request over 20,000 rounds, docs/performance.md).
     */
    String SEEN = """
            where r.id in (select r1.id from ContestRound r1 join r1.unit u1 where u1.path like concat(:covering, '%')
                           union all
                           select r2.id from ContestRound r2 join r2.unit u2
                            where r2.status = cn.helituan.domain.contest.ContestStatus.PUBLISHED and u2.path in :above
                           union all
                           select j.round.id from ContestJudge j where j.account.id = :accountId)
            """;

    /**
     * The list's filters; {@code r} the round. A round's day is its first stop's, kept on the round (V101): a round
     * without stops is in no dated period. Was the first stop looked up for every round of the province (124 ms a
     * statement over 20,000 rounds, docs/performance.md).
     */
    String FILTERS = """
              (:level is null or r.level = :level) and (:year is null or r.year = :year)
              and (:quarter is null or r.quarter = :quarter) and (:status is null or r.status = :status)
              and (cast(:from as LocalDate) is null or r.heldOn >= :from)
              and (cast(:to as LocalDate) is null or r.heldOn <= :to)
            """;

    String ORDER = " order by r.year desc, r.quarter desc, r.id desc";

    /** A path no unit has: {@code above} when the reader is not scoped to a unit ("in ()" is not SQL). */
    String NO_PATH = "-";

    @Override
    default Page<ContestRound> visible(String covering, String below, Long accountId, ContestLevel level,
                                       Integer year, Integer quarter, ContestStatus status, LocalDate from,
                                       LocalDate to, Pageable pageable) {
        return "".equals(covering)
                ? everyRound(level, year, quarter, status, from, to, pageable)
                : seenRounds(covering, above(below), accountId, level, year, quarter, status, from, to, pageable);
    }

    @Override
    default List<Object[]> roundTotals(String covering, String below, Long accountId, ContestLevel level,
                                       Integer year, Integer quarter, ContestStatus status, LocalDate from,
                                       LocalDate to) {
        if (level == null && year == null && quarter == null && status == null && from != null && to != null) {
            return "".equals(covering) ? everyPeriodTotals(from, to)
                    : seenPeriodTotals(covering, above(below), accountId, from, to);
        }
        return "".equals(covering)
                ? everyRoundTotals(level, year, quarter, status, from, to)
                : seenRoundTotals(covering, above(below), accountId, level, year, quarter, status, from, to);
    }

    /** The unit of the path {@code below} ("/1/4/9/") and its ancestors ("/1/", "/1/4/", "/1/4/9/"). */
    static List<String> above(String below) {
        if (below == null) {
            return List.of(NO_PATH);
        }
        List<String> paths = new ArrayList<>();
        for (int end = below.indexOf('/', 1); end > 0; end = below.indexOf('/', end + 1)) {
            paths.add(below.substring(0, end + 1));
        }
        return paths.isEmpty() ? List.of(NO_PATH) : paths;
    }

    @Query(value = "select r from ContestRound r join fetch r.unit where " + FILTERS + ORDER,
            countQuery = "select count(r) from ContestRound r where " + FILTERS)
    Page<ContestRound> everyRound(ContestLevel level, Integer year, Integer quarter, ContestStatus status,
                                  LocalDate from, LocalDate to, Pageable pageable);

    @Query(value = "select r from ContestRound r join fetch r.unit " + SEEN + " and " + FILTERS + ORDER,
            countQuery = "select count(r) from ContestRound r " + SEEN + " and " + FILTERS)
    Page<ContestRound> seenRounds(String covering, Collection<String> above, Long accountId, ContestLevel level,
                                  Integer year, Integer quarter, ContestStatus status, LocalDate from, LocalDate to,
                                  Pageable pageable);

    /** Per level: the rounds, their attendance and their stops (each round keeps its count, V101). */
    String TOTALS = "select r.level, count(r), coalesce(sum(r.attendance), 0), coalesce(sum(r.stopCount), 0)";

    @Query(TOTALS + " from ContestRound r where " + FILTERS + " group by r.level")
    List<Object[]> everyRoundTotals(ContestLevel level, Integer year, Integer quarter, ContestStatus status,
                                    LocalDate from, LocalDate to);

    @Query(TOTALS + " from ContestRound r " + SEEN + " and " + FILTERS + " group by r.level")
    List<Object[]> seenRoundTotals(String covering, Collection<String> above, Long accountId, ContestLevel level,
                                   Integer year, Integer quarter, ContestStatus status, LocalDate from,
                                   LocalDate to);

    /**
     * The period's totals alone (the dashboard's): a range of V101's index by day, read from the index. With the other
     * filters' "is null or" conditions beside it, the generic plan read every round of the province (1.4 ms).
     */
    String PERIOD = " r.heldOn between :from and :to group by r.level";

    @Query(TOTALS + " from ContestRound r where" + PERIOD)
    List<Object[]> everyPeriodTotals(LocalDate from, LocalDate to);

    @Query(TOTALS + " from ContestRound r " + SEEN + " and" + PERIOD)
    List<Object[]> seenPeriodTotals(String covering, Collection<String> above, Long accountId, LocalDate from,
                                    LocalDate to);

    /**
     * The year's published town rounds' units: their ids gathered from V96's index of those rounds (a hash of a few
     * hundred ids), then the units by key, sorted by name. Not a distinct over the rounds joined to their units
     * (every round's unit sorted by name in the Chinese collation before the duplicates went: 6 ms alone, 13 ms
     * under load, on a province; now 2 ms), nor asking of each unit whether it has one (3,000 look-ups in the
     * generic plan). The whole deployment's reader gets the statements without the path condition, which the
     * generic plan took for a filter of a few units.
     */
    String TOWNS = """
            from Unit u where u.id in (select r.unit.id from ContestRound r where r.year = :year
                and r.level = cn.helituan.domain.contest.ContestLevel.TOWN
                and r.status = cn.helituan.domain.contest.ContestStatus.PUBLISHED)
            """;

    @Override
    default Page<cn.helituan.domain.team.Unit> townsWithResults(int year, String pathPrefix, Pageable pageable) {
        return pathPrefix.isEmpty() ? everyTownWithResults(year, pageable)
                : townsWithResultsUnder(year, pathPrefix, pageable);
    }

    @Query(value = "select u " + TOWNS + " order by u.name, u.id", countQuery = "select count(u) " + TOWNS)
    Page<cn.helituan.domain.team.Unit> everyTownWithResults(int year, Pageable pageable);

    @Query(value = "select u " + TOWNS + " and u.path like concat(:pathPrefix, '%') order by u.name, u.id",
            countQuery = "select count(u) " + TOWNS + " and u.path like concat(:pathPrefix, '%')")
    Page<cn.helituan.domain.team.Unit> townsWithResultsUnder(int year, String pathPrefix, Pageable pageable);
}
