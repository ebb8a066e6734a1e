package cn.helituan.persistence.evaluation;

import cn.helituan.domain.evaluation.EvaluationEntries;
import cn.helituan.domain.evaluation.EvaluationEntry;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaEvaluationEntries extends JpaRepository<EvaluationEntry, Long>, EvaluationEntries {

    @Override
    @Query("""
            select e from EvaluationEntry e join fetch e.group
            where e.roundId = :round and e.group.id = :group""")
    Optional<EvaluationEntry> entry(@Param("round") long roundId, @Param("group") long groupId);

    @Override
    @Query("select e from EvaluationEntry e join fetch e.group where e.roundId = :round")
    List<EvaluationEntry> ofRound(@Param("round") long roundId);
}
