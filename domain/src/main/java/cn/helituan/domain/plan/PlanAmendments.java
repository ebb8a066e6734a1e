package cn.helituan.domain.plan;

import java.util.List;

public interface PlanAmendments {

    <S extends PlanAmendment> S save(S amendment);

    List<PlanAmendment> findByPlanIdOrderByIdDesc(Long planId);
}
