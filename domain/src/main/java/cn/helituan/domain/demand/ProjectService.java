package cn.helituan.domain.demand;

import cn.helituan.domain.activity.ProjectChoices;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.PartHistory;
import cn.helituan.domain.team.Unit;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project list (项目清单). A project is made by matching a demand ({@link DemandMatching#match}); here its group
 * updates its progress and milestones. Read by whoever reads its group (its path in their scope) and by the account of
 * its demand's object; updated by the group's leader and members, and managers over the group. The activity log asks it
 * for a group's active projects ({@link ProjectChoices}).
 */
@Service
@RequiredArgsConstructor
public class ProjectService implements ProjectChoices {

    private final Projects projects;
    private final History history;
    private final Clock clock;

    @Transactional(readOnly = true)
    public Project get(Scope scope, long id) {
        Project project = projects.findById(id).orElseThrow(() -> new NotFoundException("project", id));
        if (!reads(scope, project)) {
            throw new NotFoundException("project", id);
        }
        project.getDemand().getObject().getName();
        project.getAllocations().forEach(a -> a.getResource().declaredBy());
        project.getMilestones().size();
        if (project.getResponsible() != null) {
            project.getResponsible().getName();
        }
        return project;
    }

    /** The project's history with its milestones' (each named), newest first. */
    @Transactional(readOnly = true)
    public List<PartHistory> history(Scope scope, long id) {
        Project project = get(scope, id);
        List<PartHistory> entries = new ArrayList<>();
        history.of(Project.class, id).forEach(e -> entries.add(new PartHistory(e, "Project", null)));
        Map<Long, String> names = new HashMap<>();
        project.getMilestones().forEach(m -> names.put(m.getId(), m.getTitle()));
        history.of(ProjectMilestone.class, names.keySet()).forEach(e -> entries.add(
                new PartHistory(e, "ProjectMilestone", names.get(e.recordId()))));
        entries.sort((a, b) -> b.entry().at().compareTo(a.entry().at()));
        return entries;
    }

    public boolean canUpdate(Scope scope, Project project) {
        Unit group = project.getGroup();
        return project.isActive() && scope.covers(group.getPath()) && (scope.canManageStructure()
                || (scope.role() == Role.GROUP_LEADER || scope.role() == Role.MEMBER)
                && group.getId().equals(scope.unitId()));
    }

    /** The group's word on how far it has got; the demand is under way from then on. */
    @Transactional
    public Project progress(Scope scope, long id, long version, int percent, String note) {
        Project project = updatable(scope, id);
        project.checkVersion(version);
        project.progress(percent, note);
        project.getDemand().start();
        return project;
    }

    @Transactional
    public ProjectMilestone addMilestone(Scope scope, long id, String title, LocalDate dueOn) {
        Project project = updatable(scope, id);
        return project.addMilestone(title, dueOn);
    }

    @Transactional
    public void reachMilestone(Scope scope, long id, long milestoneId) {
        Project project = updatable(scope, id);
        project.getMilestones().stream().filter(m -> m.getId() == milestoneId).findFirst()
                .orElseThrow(() -> new NotFoundException("milestone", milestoneId))
                .reach(LocalDate.now(clock));
        project.getDemand().start();
    }

    /** The active projects an activity of the group may be logged for. */
    @Override
    @Transactional(readOnly = true)
    public List<ProjectOption> activeProjects(long groupId) {
        return activeOf(groupId).stream().map(p -> new ProjectOption(p.getId(), p.getTitle())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isActiveProjectOf(long groupId, long projectId) {
        return activeOf(groupId).stream().anyMatch(p -> p.getId() == projectId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> title(long projectId) {
        return projects.findById(projectId).map(Project::getTitle);
    }

    private List<Project> activeOf(long groupId) {
        return projects.findByGroupIdAndStatusOrderByDeadlineAscIdAsc(groupId, ProjectStatus.ACTIVE);
    }

    @Transactional(readOnly = true)
    public Page<Project> list(Scope scope, ProjectQuery query, Pageable pageable) {
        return projects.find(filter(scope, query), pageable);
    }

    /** How many projects {@link #list} finds for the query (the to-do's count: no row loaded). */
    @Transactional(readOnly = true)
    public long count(Scope scope, ProjectQuery query) {
        return projects.count(filter(scope, query));
    }

    private ProjectFilter filter(Scope scope, ProjectQuery query) {
        LocalDate overdueOn = query.overdue() ? LocalDate.now(clock) : null;
        if (scope.role() == Role.FIRST_SECRETARY) {
            if (scope.objectId() == null) {
                throw new ForbiddenException("read projects");
            }
            return new ProjectFilter(null, null, scope.objectId(), query.status(), overdueOn);
        }
        scope.requireRoster();
        String prefix = scope.canReadRegister() ? null : scope.pathFilter();
        return new ProjectFilter(prefix, query.groupId(), null, query.status(), overdueOn);
    }

    private boolean reads(Scope scope, Project project) {
        return reads(scope, project.getGroup().getPath(), project.getDemand().getObject().getId());
    }

    /**
     * Whether the scope reads a project of the group at {@code groupPath} answering a demand of the object: a first
     * secretary their own village's, the roster's readers those of the groups they cover (everyone's for the
     * register's readers). Whoever reads a project reads its demand (DemandAccess).
     */
    public static boolean reads(Scope scope, String groupPath, Long objectId) {
        if (scope.role() == Role.FIRST_SECRETARY) {
            return scope.objectId() != null && scope.objectId().equals(objectId);
        }
        return scope.canReadRoster() && (scope.canReadRegister() || scope.covers(groupPath));
    }

    private Project updatable(Scope scope, long id) {
        Project project = get(scope, id);
        if (!canUpdate(scope, project)) {
            if (!project.isActive()) {
                throw cn.helituan.domain.common.RuleViolation.global("project.notActive");
            }
            throw new ForbiddenException("update project");
        }
        return project;
    }
}
