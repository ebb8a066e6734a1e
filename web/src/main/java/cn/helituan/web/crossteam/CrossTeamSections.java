package cn.helituan.web.crossteam;

import cn.helituan.domain.crossteam.CrossTeamWork;
import cn.helituan.domain.team.Unit;
import cn.helituan.web.common.PageSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A unit's page shows the cross-town teams' activities its people went to, marked cross-town and without a figure:
 * they count once, in the team's unit (docs/architecture.md, "Cross-town service teams").
 */
@Configuration
class CrossTeamSections {

    private static final int ORDER = 32;

    @Bean
    PageSection<Unit> unitCrossTeamActivities(CrossTeamWork work) {
        return PageSection.of(ORDER, "crossTeams/sections :: unitCrossTown", (scope, unit) -> {
            var found = work.ofPeopleUnder(scope, unit.getPath(), 5);
            return found.isEmpty() ? null : found;
        });
    }
}
