package cn.helituan.domain.activity;

import java.util.List;
import java.util.Optional;

/**
 * The projects (项目清单) an activity may be logged for. The demand feature implements it: the demands depend on the
 * activity log, not the other way round; an activity refers to its project by id.
 */
public interface ProjectChoices {

    /** A project as the activity form offers it. */
    record ProjectOption(long id, String title) {
    }

    /** The group's active projects, soonest deadline first. */
    List<ProjectOption> activeProjects(long groupId);

    /** Whether the project is one of the group's active projects (one an activity may be logged for now). */
    boolean isActiveProjectOf(long groupId, long projectId);

    /** The project's title, for the activity's page. */
    Optional<String> title(long projectId);
}
