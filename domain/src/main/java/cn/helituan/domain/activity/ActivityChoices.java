package cn.helituan.domain.activity;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.Relationships;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.Memberships;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the activity form offers: the types, the groups the user logs for, and a group's objects, members, projects
 * and plan tasks; and the titles of an activity's project and task for its page.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ActivityChoices {

    private final ActivityTypes types;
    private final UnitService units;
    private final Relationships relationships;
    private final Memberships memberships;
    private final ProjectChoices projects;
    private final TaskChoices tasks;
    private final ActivityAccess access;

    @Transactional(readOnly = true)
    public List<ActivityType> types() {
        return types.findByArchivedFalseOrderBySortOrderAscIdAsc();
    }

    /** The groups the user may log for: their own group, or every group in a manager's scope. */
    @Transactional(readOnly = true)
    public List<Unit> groups(Scope scope) {
        if (!access.canLog(scope)) {
            throw new ForbiddenException("log activities");
        }
        return units.selectable(scope).stream().filter(u -> u.getKind() == UnitKind.GROUP).toList();
    }

    /** The objects the group may log for: those of its active relationships. */
    @Transactional(readOnly = true)
    public List<AssistedObject> objectsOf(Scope scope, long groupId) {
        access.group(scope, groupId);
        return relationships.activeObjectsOf(groupId);
    }

    /** The group's active projects (an activity may be logged for one). */
    @Transactional(readOnly = true)
    public List<ProjectChoices.ProjectOption> projectsOf(Scope scope, long groupId) {
        access.group(scope, groupId);
        return projects.activeProjects(groupId);
    }

    /** A group with more members than this is offered a search for its participants, not a box for each. */
    public static final int BOXES_UP_TO = 60;
    /** How many members a participant search offers at once. */
    public static final int SEARCH_PAGE = 20;

    /**
     * Who the form offers as having taken part: every current member of a group of up to {@value #BOXES_UP_TO}, one
     * box each; in a larger one only those already chosen, and a search ({@link #searchMembers}) for the rest — a
     * group of 20,000 made the form 5.6 MB with a box each.
     */
    @Transactional(readOnly = true)
    public Participants participantsOf(Scope scope, long groupId, Collection<Long> chosen) {
        access.group(scope, groupId);
        long total = memberships.countCurrentMembers(groupId);
        if (total <= BOXES_UP_TO) {
            return new Participants(memberships.currentMembersOf(groupId), false, total);
        }
        return new Participants(chosen == null || chosen.isEmpty() ? List.of()
                : memberships.currentMembersAmong(groupId, chosen), true, total);
    }

    /** The group's current members whose name or mobile contains the text (a page of them, by name). */
    @Transactional(readOnly = true)
    public List<Member> searchMembers(Scope scope, long groupId, String text) {
        access.group(scope, groupId);
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        return memberships.currentMembersMatching(groupId, q, PageRequest.of(0, SEARCH_PAGE));
    }

    /** The members a form offers: all of a small group, or those chosen in a large one, which is searched. */
    public record Participants(List<Member> shown, boolean searched, long total) {
    }

    /** The live tasks of the group's plan for the year (an activity may count towards one). */
    @Transactional(readOnly = true)
    public List<TaskChoices.TaskOption> tasksOf(Scope scope, long groupId, int year) {
        access.group(scope, groupId);
        return tasks.openTasks(groupId, year);
    }

    /** The title of the task the activity counts towards, if any. */
    @Transactional(readOnly = true)
    public Optional<String> taskTitle(Activity activity) {
        return activity.getTaskId() == null ? Optional.empty() : tasks.title(activity.getTaskId());
    }

    /** The title of the project the activity was done for, if any. */
    @Transactional(readOnly = true)
    public Optional<String> projectTitle(Activity activity) {
        return activity.getProjectId() == null ? Optional.empty() : projects.title(activity.getProjectId());
    }
}
