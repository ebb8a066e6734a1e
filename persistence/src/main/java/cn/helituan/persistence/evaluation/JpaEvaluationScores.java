package cn.helituan.persistence.evaluation;

import cn.helituan.domain.evaluation.EvaluationScore;
import cn.helituan.domain.evaluation.EvaluationScores;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaEvaluationScores extends JpaRepository<EvaluationScore, Long>, EvaluationScores {

    @Override
    @Query("select s from EvaluationScore s where s.entryId = :entry and s.reviewer.id = :reviewer")
    Optional<EvaluationScore> score(@Param("entry") long entryId, @Param("reviewer") long reviewerId);

    @Override
    @Query("""
            select s from EvaluationScore s join fetch s.reviewer
            where s.entryId = :entry order by s.reviewer.username""")
    List<EvaluationScore> ofEntry(@Param("entry") long entryId);

    @Override
    @Query("select s from EvaluationScore s join fetch s.reviewer where s.roundId = :round")
    List<EvaluationScore> ofRound(@Param("round") long roundId);
}
