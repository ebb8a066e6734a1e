package cn.helituan.persistence.plan;

import cn.helituan.domain.activity.Figure;
import cn.helituan.persistence.common.SqlFiles;
import java.util.Map;

/**
 * How a task's actual is summed in SQL, shared by the plan lists and the evaluation's indicators: {@link #SUMS} are
 * the columns of {@code left join lateral (select 1 as x SUMS from activity a where a.task_id = t.id) s} (per figure,
 * the sum over activities not withdrawn and over the confirmed ones, {@code c_} prefixed), {@link #ACTUAL} picks the
 * one of the task's target figure. A task is done when marked so or when its actual reaches its target ({@link #DONE}).
 * The text is {@code sql/plan/task-actual.sql}.
 */
public final class TaskSql {

    public static final String ACTUAL;
    public static final String SUMS;
    public static final String DONE;
    /** Done as the evaluation counts it: marked so, or the target reached by confirmed activities. */
    public static final String DONE_CONFIRMED;

    static {
        Map<String, String> parts = SqlFiles.parts("sql/plan/task-actual.sql");
        ACTUAL = parts.get("actual");
        SUMS = parts.get("sums");
        for (Figure figure : Figure.values()) {
            // a figure added to Figure and not to the file would count nothing towards its tasks
            String column = figure.name().toLowerCase();
            if (!ACTUAL.contains("'" + figure.name() + "' then s." + column)
                    || !SUMS.contains(") " + column + ",") || !SUMS.contains(") c_" + column)) {
                throw new IllegalStateException("sql/plan/task-actual.sql does not sum " + figure);
            }
        }
        DONE = parts.get("done").replace("${actual}", ACTUAL);
        DONE_CONFIRMED = DONE.replace("then s.", "then s.c_");
    }

    private TaskSql() {
    }
}
