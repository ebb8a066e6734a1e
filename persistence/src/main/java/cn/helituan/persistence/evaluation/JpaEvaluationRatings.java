package cn.helituan.persistence.evaluation;

import cn.helituan.domain.evaluation.EvaluationRating;
import cn.helituan.domain.evaluation.EvaluationRatings;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaEvaluationRatings extends JpaRepository<EvaluationRating, Long>, EvaluationRatings {

    @Override
    @Query("select r from EvaluationRating r where r.entryId = :entry and r.object.id = :object")
    Optional<EvaluationRating> rating(@Param("entry") long entryId, @Param("object") long objectId);

    @Override
    @Query("""
            select r from EvaluationRating r join fetch r.object
            where r.entryId = :entry order by r.object.name""")
    List<EvaluationRating> ofEntry(@Param("entry") long entryId);

    @Override
    @Query("select r from EvaluationRating r join fetch r.object where r.roundId = :round")
    List<EvaluationRating> ofRound(@Param("round") long roundId);
}
