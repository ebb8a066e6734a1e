package cn.helituan.persistence.evaluation;

import cn.helituan.domain.evaluation.EvaluationReviewer;
import cn.helituan.domain.evaluation.EvaluationReviewers;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaEvaluationReviewers extends JpaRepository<EvaluationReviewer, Long>, EvaluationReviewers {

    @Override
    @Query("""
            select r from EvaluationReviewer r join fetch r.account
            where r.roundId = :round order by r.account.username""")
    List<EvaluationReviewer> ofRound(@Param("round") long roundId);
}
