package cn.helituan.domain.plan;

import java.util.Optional;

public interface PlanYears {

    Optional<PlanYear> findByYear(int year);

    <S extends PlanYear> S save(S year);
}
