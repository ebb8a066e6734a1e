package cn.helituan.domain.dashboard;

import cn.helituan.domain.demand.DemandTally;
import cn.helituan.domain.plan.PlanTally;
import java.time.LocalDate;
import java.util.List;

/**
 * The organization department's morning page for a scope and a period: what the scope is, what it did (with the
 * trend by month and the breakdowns by unit and by type), the year's plans, the period's demands, and what to chase.
 * {@code standingAt}: when the structure, plans, demands and attention list were read (activity figures: now).
 * {@code plans} and {@code planDeadline} are the period's last year's; {@code yearPlans} every year it touches.
 */
public record Dashboard(Period period, Structure structure, Outcomes outcomes, List<MonthOutcomes> trend,
                        List<UnitOutcomes> byUnit, List<TypeCount> byType, PlanTally plans, LocalDate planDeadline,
                        DemandTally demands, Attention attention, java.time.Instant standingAt,
                        List<YearPlans> yearPlans) {
}
