package cn.helituan.persistence.contest;

import cn.helituan.domain.contest.ContestRound;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;

class JpaContestRoundVersionsImpl implements JpaContestRoundVersions {

    private final EntityManager em;

    JpaContestRoundVersionsImpl(EntityManager em) {
        this.em = em;
    }

    /** The loaded round, locked so that the transaction's flush raises its version (a stale form is then a 409). */
    @Override
    public Optional<ContestRound> newVersion(Long id) {
        ContestRound round = em.find(ContestRound.class, id);
        if (round != null) {
            em.lock(round, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        return Optional.ofNullable(round);
    }
}
