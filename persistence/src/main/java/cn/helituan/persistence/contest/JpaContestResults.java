package cn.helituan.persistence.contest;

import cn.helituan.domain.contest.ContestResult;
import cn.helituan.domain.contest.ContestResults;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JpaContestResults extends JpaRepository<ContestResult, Long>, ContestResults {

    @Override
    @Query("""
            select r from ContestResult r where r.roundId = :roundId
            order by case when r.rank is null then 1 else 0 end, r.rank, r.position""")
    List<ContestResult> ranking(Long roundId);
}
