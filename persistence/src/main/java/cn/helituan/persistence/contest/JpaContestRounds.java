package cn.helituan.persistence.contest;

import cn.helituan.domain.contest.ContestLevel;
import cn.helituan.domain.contest.ContestRound;
import cn.helituan.domain.contest.ContestRounds;
import cn.helituan.domain.contest.ContestStatus;
import java.time.LocalDate;
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
     * The rounds a reader sees, narrowed by the list's filters; {@code r} the round, {@code u} its unit. A round's day
     * is its first stop's: a round without stops is in no dated period.
     */
    String VISIBLE = """
            where (u.path like concat(:covering, '%')
                   or (r.status = cn.helituan.domain.contest.ContestStatus.PUBLISHED
                       and :below like concat(u.path, '%'))
                   or exists (select 1 from ContestJudge j where j.round = r and j.account.id = :accountId))
              and (:level is null or r.level = :level) and (:year is null or r.year = :year)
              and (:quarter is null or r.quarter = :quarter) and (:status is null or r.status = :status)
              and (cast(:from as LocalDate) is null
                   or (select min(fs.visitOn) from ContestStop fs where fs.round = r) >= :from)
              and (cast(:to as LocalDate) is null
                   or (select min(fs.visitOn) from ContestStop fs where fs.round = r) <= :to)
            """;

    @Override
    @Query(value = "select r from ContestRound r join fetch r.unit u " + VISIBLE
            + " order by r.year desc, r.quarter desc, r.id desc",
            countQuery = "select count(r) from ContestRound r join r.unit u " + VISIBLE)
    Page<ContestRound> visible(String covering, String below, Long accountId, ContestLevel level, Integer year,
                               Integer quarter, ContestStatus status, LocalDate from, LocalDate to,
                               Pageable pageable);

    @Override
    @Query("select r.level, count(r), coalesce(sum(r.attendance), 0) from ContestRound r join r.unit u " + VISIBLE
            + " group by r.level")
    List<Object[]> roundTotals(String covering, String below, Long accountId, ContestLevel level, Integer year,
                               Integer quarter, ContestStatus status, LocalDate from, LocalDate to);

    @Override
    @Query("select r.level, count(s) from ContestStop s join s.round r join r.unit u " + VISIBLE
            + " group by r.level")
    List<Object[]> stopTotals(String covering, String below, Long accountId, ContestLevel level, Integer year,
                              Integer quarter, ContestStatus status, LocalDate from, LocalDate to);

    @Override
    @Query("select s.round.id, count(s), min(s.visitOn) from ContestStop s where s.round.id in :roundIds group by s.round.id")
    List<Object[]> stopCounts(Collection<Long> roundIds);

    @Override
    @Query(value = """
            select u from Unit u where u.path like concat(:pathPrefix, '%') and exists (
                select 1 from ContestRound r where r.unit = u and r.year = :year
                  and r.level = cn.helituan.domain.contest.ContestLevel.TOWN
                  and r.status = cn.helituan.domain.contest.ContestStatus.PUBLISHED)
            order by u.name, u.id""",
            countQuery = """
            select count(u) from Unit u where u.path like concat(:pathPrefix, '%') and exists (
                select 1 from ContestRound r where r.unit = u and r.year = :year
                  and r.level = cn.helituan.domain.contest.ContestLevel.TOWN
                  and r.status = cn.helituan.domain.contest.ContestStatus.PUBLISHED)""")
    Page<cn.helituan.domain.team.Unit> townsWithResults(int year, String pathPrefix, Pageable pageable);
}
