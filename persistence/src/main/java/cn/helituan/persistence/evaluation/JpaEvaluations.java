package cn.helituan.persistence.evaluation;

import cn.helituan.domain.evaluation.EvaluationEntry;
import cn.helituan.domain.evaluation.EvaluationMember;
import cn.helituan.domain.evaluation.EvaluationRating;
import cn.helituan.domain.evaluation.EvaluationReviewer;
import cn.helituan.domain.evaluation.EvaluationRound;
import cn.helituan.domain.evaluation.EvaluationScore;
import cn.helituan.domain.evaluation.Evaluations;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** The evaluation's records in JPQL, each list one statement with what its page shows fetched. */
@Repository
class JpaEvaluations implements Evaluations {

    private final EntityManager em;

    JpaEvaluations(EntityManager em) {
        this.em = em;
    }

    @Override
    public EvaluationRound save(EvaluationRound round) {
        em.persist(round);
        return round;
    }

    @Override
    public Optional<EvaluationRound> round(long id) {
        return em.createQuery("select r from EvaluationRound r left join fetch r.scopeUnit where r.id = :id",
                EvaluationRound.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<EvaluationRound> rounds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<EvaluationRound> rounds = em.createQuery(
                "select r from EvaluationRound r left join fetch r.scopeUnit where r.id in :ids",
                EvaluationRound.class).setParameter("ids", ids).getResultList();
        List<Long> order = List.copyOf(ids);
        return rounds.stream().sorted(Comparator.comparingInt(r -> order.indexOf(r.getId()))).toList();
    }

    @Override
    public List<EvaluationReviewer> reviewers(long roundId) {
        return em.createQuery("""
                select r from EvaluationReviewer r join fetch r.account
                where r.roundId = :round order by r.account.username""", EvaluationReviewer.class)
                .setParameter("round", roundId).getResultList();
    }

    @Override
    public EvaluationReviewer save(EvaluationReviewer reviewer) {
        em.persist(reviewer);
        return reviewer;
    }

    @Override
    public Optional<EvaluationEntry> entry(long roundId, long groupId) {
        return em.createQuery("""
                select e from EvaluationEntry e join fetch e.group
                where e.roundId = :round and e.group.id = :group""", EvaluationEntry.class)
                .setParameter("round", roundId).setParameter("group", groupId).getResultStream().findFirst();
    }

    @Override
    public List<EvaluationEntry> entries(long roundId) {
        return em.createQuery("select e from EvaluationEntry e join fetch e.group where e.roundId = :round",
                EvaluationEntry.class).setParameter("round", roundId).getResultList();
    }

    @Override
    public List<EvaluationMember> members(long entryId) {
        return em.createQuery("""
                select m from EvaluationMember m join fetch m.member
                where m.entryId = :entry order by m.member.name, m.id""", EvaluationMember.class)
                .setParameter("entry", entryId).getResultList();
    }

    @Override
    public Optional<EvaluationMember> member(long id) {
        return em.createQuery("select m from EvaluationMember m join fetch m.member where m.id = :id",
                EvaluationMember.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<EvaluationScore> score(long entryId, long reviewerId) {
        return em.createQuery("""
                select s from EvaluationScore s where s.entryId = :entry and s.reviewer.id = :reviewer""",
                EvaluationScore.class).setParameter("entry", entryId).setParameter("reviewer", reviewerId)
                .getResultStream().findFirst();
    }

    @Override
    public List<EvaluationScore> scores(long entryId) {
        return em.createQuery("""
                select s from EvaluationScore s join fetch s.reviewer
                where s.entryId = :entry order by s.reviewer.username""", EvaluationScore.class)
                .setParameter("entry", entryId).getResultList();
    }

    @Override
    public EvaluationScore save(EvaluationScore score) {
        em.persist(score);
        return score;
    }

    @Override
    public Optional<EvaluationRating> rating(long entryId, long objectId) {
        return em.createQuery("""
                select r from EvaluationRating r where r.entryId = :entry and r.object.id = :object""",
                EvaluationRating.class).setParameter("entry", entryId).setParameter("object", objectId)
                .getResultStream().findFirst();
    }

    @Override
    public List<EvaluationRating> ratings(long entryId) {
        return em.createQuery("""
                select r from EvaluationRating r join fetch r.object
                where r.entryId = :entry order by r.object.name""", EvaluationRating.class)
                .setParameter("entry", entryId).getResultList();
    }

    @Override
    public EvaluationRating save(EvaluationRating rating) {
        em.persist(rating);
        return rating;
    }

    @Override
    public List<EvaluationScore> roundScores(long roundId) {
        return em.createQuery("select s from EvaluationScore s join fetch s.reviewer where s.roundId = :round",
                EvaluationScore.class).setParameter("round", roundId).getResultList();
    }

    @Override
    public List<EvaluationRating> roundRatings(long roundId) {
        return em.createQuery("select r from EvaluationRating r join fetch r.object where r.roundId = :round",
                EvaluationRating.class).setParameter("round", roundId).getResultList();
    }

    @Override
    public List<EvaluationMember> roundMembers(long roundId) {
        return em.createQuery("select m from EvaluationMember m join fetch m.member where m.roundId = :round",
                EvaluationMember.class).setParameter("round", roundId).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
