package cn.helituan.web.demand;

import cn.helituan.web.common.FromReplica;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.demand.AidResource;
import cn.helituan.domain.demand.CapacityUnit;
import cn.helituan.domain.demand.Demand;
import cn.helituan.domain.demand.DemandListing;
import cn.helituan.domain.demand.Project;
import cn.helituan.domain.demand.ProjectQuery;
import cn.helituan.domain.demand.ProjectService;
import cn.helituan.domain.demand.ProjectStatus;
import cn.helituan.domain.demand.ResourceQuery;
import cn.helituan.domain.demand.ResourceService;
import cn.helituan.web.common.Exports;
import cn.helituan.web.common.Formats;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The three lists as they are filtered, to Excel: demands, resources and projects in the user's scope. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemandExportController {

    private static final int CHUNK = 500;
    private static final List<String> DEMAND_HEADERS = List.of("field.Demand.createdAt", "field.Demand.object",
            "field.Demand.category", "field.Demand.title", "field.Demand.urgency", "field.Demand.wantedBy",
            "field.Demand.status", "field.Demand.reason", "field.Demand.resolvedOn", "field.Demand.description");
    private static final List<String> RESOURCE_HEADERS = List.of("field.AidResource.category",
            "field.AidResource.title", "resources.declaredBy", "field.AidResource.capacity",
            "field.AidResource.capacityUnit", "field.AidResource.allocated", "resources.remaining",
            "field.AidResource.availableFrom", "field.AidResource.availableTo", "field.AidResource.description");
    private static final List<String> PROJECT_HEADERS = List.of("field.Project.title", "field.Project.group",
            "field.Demand.object", "field.Project.responsible", "field.Project.startsOn", "field.Project.deadline",
            "field.Project.budget", "field.Project.progress", "field.Project.status", "field.Project.progressNote");

    private final DemandListing demands;
    private final ResourceService resources;
    private final ProjectService projects;
    private final Exports exports;
    private final Formats formats;
    private final Clock clock;

    @FromReplica
    @GetMapping("/demands/export")
    void demands(Scope scope, @ModelAttribute DemandParams params, Locale locale, HttpServletResponse response)
            throws IOException {
        exports.send(response, locale, "demands.title", DEMAND_HEADERS, CHUNK,
                page -> demands.list(scope, params.toQuery(), page), (Demand d) -> new Object[] {
                    formats.time(d.getCreatedAt()), d.getObject().getName(), formats.label(d.getCategory(), locale),
                    d.getTitle(), exports.label(d.getUrgency(), locale), d.getWantedBy(),
                    exports.label(d.getStatus(), locale), d.getReason(), d.getResolvedOn(), d.getDescription()});
    }

    @FromReplica
    @GetMapping("/resources/export")
    void resources(Scope scope, @RequestParam(required = false) Long category,
                   @RequestParam(required = false) CapacityUnit unit, @RequestParam(required = false) Long group,
                   @RequestParam(defaultValue = "false") boolean mine,
                   @RequestParam(defaultValue = "false") boolean available,
                   @RequestParam(defaultValue = "false") boolean archived, Locale locale,
                   HttpServletResponse response) throws IOException {
        ResourceQuery query = new ResourceQuery(category, unit, group, mine, available ? LocalDate.now(clock) : null,
                archived);
        exports.send(response, locale, "resources.title", RESOURCE_HEADERS, CHUNK,
                page -> resources.list(scope, query, page), (AidResource r) -> new Object[] {
                    formats.label(r.getCategory(), locale), r.getTitle(), r.declaredBy(), r.getCapacity(),
                    exports.label(r.getCapacityUnit(), locale), r.getAllocated(), r.remaining(),
                    r.getAvailableFrom(), r.getAvailableTo(), r.getDescription()});
    }

    @FromReplica
    @GetMapping("/projects/export")
    void projects(Scope scope, @RequestParam(required = false) Long group,
                  @RequestParam(required = false) ProjectStatus status,
                  @RequestParam(defaultValue = "false") boolean overdue, Locale locale,
                  HttpServletResponse response) throws IOException {
        ProjectQuery query = new ProjectQuery(group, status, overdue);
        exports.send(response, locale, "projects.title", PROJECT_HEADERS, CHUNK,
                page -> projects.list(scope, query, page), (Project p) -> new Object[] {
                    p.getTitle(), p.getGroup().getName(), p.getDemand().getObject().getName(),
                    p.getResponsible() == null ? null : p.getResponsible().getName(), p.getStartsOn(),
                    p.getDeadline(), p.getBudget(), p.getProgress(), exports.label(p.getStatus(), locale),
                    p.getProgressNote()});
    }
}
