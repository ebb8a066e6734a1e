package cn.helituan.persistence.contest;

import cn.helituan.domain.contest.ContestScore;
import cn.helituan.domain.contest.ContestScores;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JpaContestScores extends JpaRepository<ContestScore, Long>, ContestScores {

    @Override
    @Query("""
            select s from ContestScore s join fetch s.sheet h join fetch h.stop p join fetch s.criterion
            where p.round.id = :roundId order by s.id""")
    List<ContestScore> ofRound(Long roundId);

    @Override
    @Query("select s from ContestScore s join fetch s.criterion where s.sheet.id = :sheetId order by s.id")
    List<ContestScore> findBySheet_Id(Long sheetId);
}
