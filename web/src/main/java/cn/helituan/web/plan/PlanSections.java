package cn.helituan.web.plan;

import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.web.common.PageSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plan feature's part of a group's page: the way to its annual plans. */
@Configuration
class PlanSections {

    @Bean
    PageSection<Unit> groupPlan() {
        return PageSection.of(35, "plans/sections :: groupPlan",
                (scope, unit) -> unit.getKind() == UnitKind.GROUP ? unit.getId() : null);
    }
}
