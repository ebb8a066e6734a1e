package cn.helituan.persistence.contest;

import cn.helituan.domain.contest.ContestPresenter;
import cn.helituan.domain.contest.ContestPresenters;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JpaContestPresenters extends JpaRepository<ContestPresenter, Long>, ContestPresenters {

    @Override
    @Query("select p from ContestPresenter p where p.stop.round.id = :roundId order by p.id")
    List<ContestPresenter> ofRound(long roundId);

    @Override
    @Query("""
            select p from ContestPresenter p join fetch p.member m join fetch p.stop s join fetch s.round r
            left join fetch s.object left join fetch s.region
            where r.unit.id in :unitIds and r.year = :year
              and r.level = cn.helituan.domain.contest.ContestLevel.TOWN
              and r.status = cn.helituan.domain.contest.ContestStatus.PUBLISHED and p.createdAt <= r.publishedAt
            order by r.unit.id, r.quarter, s.position, p.id""")
    List<ContestPresenter> candidates(Collection<Long> unitIds, int year);
}
