package cn.helituan.domain.notification;

import java.util.List;

/** The ranking's weights; implemented in the persistence module. */
public interface RankingWeights {

    List<RankingWeight> findAllByOrderBySortOrder();
}
