package cn.helituan.domain.plan;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The plans' store: the list is of groups, each with its plan for the year if it has one. */
public interface AnnualPlans {

    Optional<AnnualPlan> findById(Long id);

    <S extends AnnualPlan> S save(S plan);

    Optional<AnnualPlan> findByGroupIdAndYear(Long groupId, int year);

    /** A page of the filter's groups by path, with their plan's state and tasks done (two statements). */
    List<PlanRow> rows(PlanFilter filter, long offset, int limit);

    long count(PlanFilter filter);

    PlanTally tally(PlanFilter filter);

    /** A page of the year's live tasks of the plans of groups under the prefix (null: all), by group and list. */
    List<TaskRow> tasks(PlanFilter filter, TaskKind kind, boolean open, long offset, int limit);

    long countTasks(PlanFilter filter, TaskKind kind, boolean open);

    /** A task's title (the activity page names the task it counts towards). */
    Optional<String> taskTitle(long taskId);

    /** The actual of each task in its target figure (tasks without a target: their activities only). */
    Map<Long, TaskActual> actuals(Collection<Long> taskIds);

    /** The year's plan tasks serving the object, neither removed nor marked done. */
    long countTasksNotDoneOfObject(long objectId, int year);
}
