package cn.helituan.persistence.contest;

import cn.helituan.domain.contest.ContestRound;
import java.util.Optional;

/** A new version for a round whose own columns did not change (its criteria did). */
interface JpaContestRoundVersions {

    Optional<ContestRound> newVersion(Long id);
}
