package cn.helituan.persistence.contest;

import cn.helituan.domain.contest.ContestStop;
import cn.helituan.domain.contest.ContestStops;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JpaContestStops extends JpaRepository<ContestStop, Long>, ContestStops {

    @Override
    @Query("""
            select s from ContestStop s left join fetch s.object left join fetch s.region
            where s.round.id = :roundId order by s.position, s.id""")
    List<ContestStop> inOrder(Long roundId);
}
