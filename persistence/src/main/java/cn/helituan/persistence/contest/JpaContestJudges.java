package cn.helituan.persistence.contest;

import cn.helituan.domain.contest.ContestJudge;
import cn.helituan.domain.contest.ContestJudges;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JpaContestJudges extends JpaRepository<ContestJudge, Long>, ContestJudges {

    @Override
    @Query("select j from ContestJudge j join fetch j.account where j.round.id = :roundId order by j.id")
    List<ContestJudge> ofRound(Long roundId);
}
