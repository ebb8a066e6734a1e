package cn.helituan.persistence.evaluation;

import cn.helituan.domain.evaluation.EvaluationMember;
import cn.helituan.domain.evaluation.EvaluationMembers;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaEvaluationMembers extends JpaRepository<EvaluationMember, Long>, EvaluationMembers {

    @Override
    @Query("select m from EvaluationMember m join fetch m.member where m.id = :id")
    Optional<EvaluationMember> member(@Param("id") long id);

    @Override
    @Query("""
            select m from EvaluationMember m join fetch m.member
            where m.entryId = :entry order by m.member.name, m.id""")
    List<EvaluationMember> ofEntry(@Param("entry") long entryId);

    @Override
    @Query("select m from EvaluationMember m join fetch m.member where m.roundId = :round")
    List<EvaluationMember> ofRound(@Param("round") long roundId);
}
