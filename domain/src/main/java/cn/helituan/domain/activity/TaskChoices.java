package cn.helituan.domain.activity;

import java.util.List;
import java.util.Optional;

/**
 * The tasks of a group's annual plan an activity may be logged against (its actual value is summed from them). The
 * plan feature implements it: the plans depend on the activity log, not the other way round.
 */
public interface TaskChoices {

    /** A task as the activity form offers it. */
    record TaskOption(long id, String title) {
    }

    /** The live tasks of the group's plan for the year, in the plan's order. */
    List<TaskOption> openTasks(long groupId, int year);

    /** The task's title, for the activity's page. */
    Optional<String> title(long taskId);
}
