package cn.helituan.web.demand;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.demand.Demand;
import cn.helituan.domain.demand.DemandList;
import cn.helituan.domain.demand.DemandListing;
import cn.helituan.domain.demand.DemandQuery;
import cn.helituan.domain.demand.DemandTally;
import cn.helituan.domain.demand.Project;
import cn.helituan.domain.demand.ProjectQuery;
import cn.helituan.domain.demand.ProjectService;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.web.common.PageSection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/** The demand lists' parts of other records' pages: a group's projects (项目清单), an object's demands (需求清单). */
@Configuration
class DemandSections {

    private static final PageRequest RECENT = PageRequest.of(0, 5);
    private static final int ORDER = 40;

    record GroupProjects(Page<Project> projects, LocalDate today) {
    }

    record ObjectDemands(List<Demand> demands, DemandTally tally, boolean canRaise, LocalDate today) {
    }

    /** A group's projects, soonest deadline first. */
    @Bean
    PageSection<Unit> groupProjects(ProjectService projects, Clock clock) {
        return PageSection.of(ORDER, "projects/sections :: groupProjects", (scope, unit) ->
                unit.getKind() != UnitKind.GROUP ? null : new GroupProjects(
                        projects.list(scope, ProjectQuery.ofGroup(unit.getId()), RECENT), LocalDate.now(clock)));
    }

    /** An object's demands and where they stand. */
    @Bean
    PageSection<AssistedObject> objectDemands(DemandListing demands, Clock clock) {
        return PageSection.of(ORDER, "demands/sections :: objectDemands", (scope, object) -> {
            DemandList listing = demands.listing(scope, DemandQuery.ofObject(object.getId()), RECENT);
            return new ObjectDemands(listing.rows().getContent(), listing.tally(), demands.canRaise(scope),
                    LocalDate.now(clock));
        });
    }
}
