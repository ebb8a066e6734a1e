package cn.helituan.domain.contest;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface Recommendations {

    Optional<Recommendation> findById(Long id);

    <S extends Recommendation> S save(S recommendation);

    <S extends Recommendation> S saveAndFlush(S recommendation);

    /** The year's live recommendations of these towns, by town (the tree's order), as the year end shows them. */
    List<RecommendationLine> liveOf(int year, Collection<Long> unitIds);

    long countByUnit_IdAndYearAndWithdrawnFalse(Long unitId, int year);

    /** Holds the town's recommendations of the year to this transaction (an advisory lock), so the quota is counted alone. */
    Integer lockTownYear(Long unitId, int year);

    boolean existsByYearAndMember_IdAndWithdrawnFalse(int year, Long memberId);

    /** The member's selections as 好支书, latest year first. */
    List<Recommendation> findByMember_IdAndSelectedTrueOrderByYearDesc(Long memberId);
}
