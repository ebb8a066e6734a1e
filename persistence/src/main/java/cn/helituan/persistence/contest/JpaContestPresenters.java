package cn.helituan.persistence.contest;

import cn.helituan.domain.contest.ContestPresenter;
import cn.helituan.domain.contest.ContestPresenters;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JpaContestPresenters extends JpaRepository<ContestPresenter, Long>, ContestPresenters {

    @Override
    @Query("select p from ContestPresenter p left join fetch p.member where p.stop.id in :stopIds order by p.id")
    List<ContestPresenter> ofStops(Collection<Long> stopIds);
}
