package cn.helituan.web.demand;

import cn.helituan.domain.activity.ActivityQuery;
import cn.helituan.domain.activity.ActivityListing;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.demand.Project;
import cn.helituan.domain.demand.ProjectQuery;
import cn.helituan.domain.demand.ProjectService;
import cn.helituan.domain.demand.ProjectStatus;
import cn.helituan.domain.demand.ResourceService;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Forms;
import cn.helituan.web.common.Pagination;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 项目清单: the list of the user's projects, a project's page (its demand, resources, milestones, the activities logged
 * for it, its history), and the group's progress and milestone updates.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProjectController {

    private final ProjectService projects;
    private final ActivityListing activities;
    private final ResourceService resources;
    private final Clock clock;

    @GetMapping("/projects")
    String list(Scope scope, @RequestParam(required = false) Long group,
                @RequestParam(required = false) ProjectStatus status,
                @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "1") int page,
                HttpServletRequest request, Model model) {
        ProjectQuery query = new ProjectQuery(group, status, overdue);
        Page<Project> rows = projects.list(scope, query, Pagination.request(page, 20));
        model.addAttribute("rows", rows);
        model.addAttribute("query", query);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("statuses", ProjectStatus.values());
        model.addAttribute("pagination", Pagination.of(rows, request));
        model.addAttribute("exportUrl", Pagination.withoutPage("/projects/export", request));
        return "projects/list";
    }

    @GetMapping("/projects/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        Project project = projects.get(scope, id);
        model.addAttribute("project", project);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canUpdate", projects.canUpdate(scope, project));
        // a resource links to its page only for a reader who may open it (a first secretary may not)
        model.addAttribute("readableResources", resources.readable(scope,
                project.getAllocations().stream().map(a -> a.getResource()).toList()));
        model.addAttribute("history", projects.history(scope, id));
        model.addAttribute("recent", activities.list(scope, ActivityQuery.ofProject(id), PageRequest.of(0, 5))
                .rows().getContent());
        return "projects/show";
    }

    @PostMapping("/projects/{id}/progress")
    String progress(Scope scope, @PathVariable long id, @RequestParam long version,
                    @RequestParam(required = false) Integer progress, @RequestParam(required = false) String note,
                    RedirectAttributes redirect) {
        String page = "/projects/" + id;
        return Forms.redirectAfter(redirect, () -> projects.progress(scope, id, version,
                progress == null ? -1 : progress, note), "flash.project.progress", page, page);
    }

    @PostMapping("/projects/{id}/milestones")
    String addMilestone(Scope scope, @PathVariable long id, @RequestParam(required = false) String title,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                        FormKey key, RedirectAttributes redirect) {
        String page = "/projects/" + id + "#milestones";
        // the key notes the project (the milestone has no id before the flush)
        return Forms.redirectAfter(redirect, () -> key.create(scope, "project-milestone", project -> page, () -> {
            projects.addMilestone(scope, id, title, dueOn);
            return id;
        }),
                "flash.project.milestoneAdded", page, page);
    }

    @PostMapping("/projects/{id}/milestones/{milestoneId}/done")
    String reach(Scope scope, @PathVariable long id, @PathVariable long milestoneId, RedirectAttributes redirect) {
        String page = "/projects/" + id + "#milestones";
        return Forms.redirectAfter(redirect, () -> projects.reachMilestone(scope, id, milestoneId),
                "flash.project.milestoneDone", page, page);
    }
}
