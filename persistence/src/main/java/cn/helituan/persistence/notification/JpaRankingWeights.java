package cn.helituan.persistence.notification;

import cn.helituan.domain.notification.RankingWeight;
import cn.helituan.domain.notification.RankingWeights;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaRankingWeights extends JpaRepository<RankingWeight, Long>, RankingWeights {

    @Override
    List<RankingWeight> findAllByOrderBySortOrder();
}
