package cn.helituan.domain.dashboard;

import cn.helituan.domain.plan.PlanTally;
import java.time.LocalDate;

/** One year's plans on the dashboard (a period touching two years shows both): the plan list's figures and deadline. */
public record YearPlans(int year, PlanTally plans, LocalDate deadline) {
}
