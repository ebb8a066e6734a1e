package cn.helituan.persistence.evaluation;

import cn.helituan.domain.evaluation.EvaluationRound;
import cn.helituan.domain.evaluation.EvaluationRounds;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaEvaluationRounds extends JpaRepository<EvaluationRound, Long>, EvaluationRounds {

    @Override
    @Query("select r from EvaluationRound r left join fetch r.scopeUnit where r.id = :id")
    Optional<EvaluationRound> round(@Param("id") long id);

    @Query("select r from EvaluationRound r left join fetch r.scopeUnit where r.id in :ids")
    List<EvaluationRound> withScopeUnit(@Param("ids") Collection<Long> ids);

    @Override
    default List<EvaluationRound> rounds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> order = List.copyOf(ids);
        return withScopeUnit(ids).stream().sorted(Comparator.comparingInt(r -> order.indexOf(r.getId()))).toList();
    }
}
