package cn.helituan.web.demand;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.demand.DemandQuery;
import cn.helituan.domain.demand.DemandService;
import cn.helituan.domain.demand.DemandTally;
import cn.helituan.domain.demand.Project;
import cn.helituan.domain.demand.ProjectQuery;
import cn.helituan.domain.demand.ProjectService;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.web.common.PageSection;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The demand lists' parts of other records' pages: a group's projects (项目清单), an object's demands (需求清单). */
final class DemandSections {

    private static final PageRequest RECENT = PageRequest.of(0, 5);
    private static final int ORDER = 40;

    private DemandSections() {
    }

    record GroupProjects(Page<Project> projects, LocalDate today) {
    }

    record ObjectDemands(List<cn.helituan.domain.demand.Demand> demands, DemandTally tally, boolean canRaise,
                         LocalDate today) {
    }

    /** A group's projects, soonest deadline first. */
    @Component
    static class OfGroup implements PageSection<Unit> {

        private final ProjectService projects;

        OfGroup(ProjectService projects) {
            this.projects = projects;
        }

        @Override
        public int getOrder() {
            return ORDER;
        }

        @Override
        public String fragment() {
            return "projects/sections :: groupProjects";
        }

        @Override
        public Object read(Scope scope, Unit unit) {
            return unit.getKind() != UnitKind.GROUP ? null
                    : new GroupProjects(projects.list(scope, ProjectQuery.ofGroup(unit.getId()), RECENT),
                    LocalDate.now());
        }
    }

    /** An object's demands and where they stand. */
    @Component
    static class OfObject implements PageSection<AssistedObject> {

        private final DemandService demands;

        OfObject(DemandService demands) {
            this.demands = demands;
        }

        @Override
        public int getOrder() {
            return ORDER;
        }

        @Override
        public String fragment() {
            return "demands/sections :: objectDemands";
        }

        @Override
        public Object read(Scope scope, AssistedObject object) {
            DemandService.Listing listing = demands.listing(scope, DemandQuery.ofObject(object.getId()), RECENT);
            return new ObjectDemands(listing.rows().getContent(), listing.tally(), demands.canRaise(scope),
                    LocalDate.now());
        }
    }
}
