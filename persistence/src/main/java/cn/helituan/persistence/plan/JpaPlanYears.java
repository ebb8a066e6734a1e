package cn.helituan.persistence.plan;

import cn.helituan.domain.plan.PlanYear;
import cn.helituan.domain.plan.PlanYears;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaPlanYears extends JpaRepository<PlanYear, Long>, PlanYears {
}
