package cn.helituan.persistence.demand;

import cn.helituan.domain.demand.DemandCategories;
import cn.helituan.domain.demand.DemandCategory;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaDemandCategories extends JpaRepository<DemandCategory, Long>, DemandCategories {
}
