package cn.helituan.persistence.demand;

import cn.helituan.domain.demand.DemandSuggestion;
import cn.helituan.domain.demand.DemandSuggestions;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaDemandSuggestions extends JpaRepository<DemandSuggestion, Long>, DemandSuggestions {
}
