package cn.helituan.persistence.plan;

import cn.helituan.domain.plan.PlanAmendment;
import cn.helituan.domain.plan.PlanAmendments;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaPlanAmendments extends JpaRepository<PlanAmendment, Long>, PlanAmendments {
}
