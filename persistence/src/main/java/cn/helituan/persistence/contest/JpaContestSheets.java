package cn.helituan.persistence.contest;

import cn.helituan.domain.contest.ContestSheet;
import cn.helituan.domain.contest.ContestSheets;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JpaContestSheets extends JpaRepository<ContestSheet, Long>, ContestSheets {

    @Override
    @Query("""
            select s.stop.id, count(s), sum(case when s.judge.account.id = :accountId then 1 else 0 end)
            from ContestSheet s where s.stop.round.id = :roundId group by s.stop.id""")
    List<Object[]> countsOfRound(Long roundId, Long accountId);

    @Override
    @Query("""
            select s from ContestSheet s join fetch s.judge j join fetch j.account join fetch s.stop p
            where p.id = :stopId order by j.id""")
    List<ContestSheet> ofStop(Long stopId);
}
