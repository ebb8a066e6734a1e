package cn.helituan.domain.demand;

import java.util.List;

public interface DemandSuggestions {

    <S extends DemandSuggestion> S save(S suggestion);

    List<DemandSuggestion> findByDemandIdOrderByKindAscRankAsc(Long demandId);
}
