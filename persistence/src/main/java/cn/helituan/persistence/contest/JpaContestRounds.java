package cn.helituan.persistence.contest;

import cn.helituan.domain.contest.ContestLevel;
import cn.helituan.domain.contest.ContestRound;
import cn.helituan.domain.contest.ContestRounds;
import cn.helituan.domain.contest.ContestStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaContestRounds extends JpaRepository<ContestRound, Long>, ContestRounds {

    @Override
    default Integer lockRound(Long id, boolean exclusive) {
        return exclusive ? lockForUpdate(id) : lockForShare(id);
    }

    @Query(value = "select 1 from contest_round where id = :id for update", nativeQuery = true)
    Integer lockForUpdate(@Param("id") Long id);

    @Query(value = "select 1 from contest_round where id = :id for share", nativeQuery = true)
    Integer lockForShare(@Param("id") Long id);

    @Override
    @Query(value = """
            select r from ContestRound r join fetch r.unit u
            where (u.path like concat(:covering, '%')
                   or (r.status = cn.helituan.domain.contest.ContestStatus.PUBLISHED
                       and :below like concat(u.path, '%'))
                   or exists (select 1 from ContestJudge j where j.round = r and j.account.id = :accountId))
              and (:level is null or r.level = :level) and (:year is null or r.year = :year)
              and (:quarter is null or r.quarter = :quarter) and (:status is null or r.status = :status)
            order by r.year desc, r.quarter desc, r.id desc""",
            countQuery = """
            select count(r) from ContestRound r join r.unit u
            where (u.path like concat(:covering, '%')
                   or (r.status = cn.helituan.domain.contest.ContestStatus.PUBLISHED
                       and :below like concat(u.path, '%'))
                   or exists (select 1 from ContestJudge j where j.round = r and j.account.id = :accountId))
              and (:level is null or r.level = :level) and (:year is null or r.year = :year)
              and (:quarter is null or r.quarter = :quarter) and (:status is null or r.status = :status)""")
    Page<ContestRound> visible(String covering, String below, Long accountId, ContestLevel level, Integer year,
                               Integer quarter, ContestStatus status, Pageable pageable);

    @Override
    @Query("""
            select distinct u from ContestRound r join r.unit u
            where r.year = :year and r.level = cn.helituan.domain.contest.ContestLevel.TOWN
              and r.status = cn.helituan.domain.contest.ContestStatus.PUBLISHED and u.path like concat(:pathPrefix, '%')
            order by u.name""")
    java.util.List<cn.helituan.domain.team.Unit> townsWithResults(int year, String pathPrefix);
}
