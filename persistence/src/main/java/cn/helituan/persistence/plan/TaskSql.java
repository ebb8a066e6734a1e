package cn.helituan.persistence.plan;

import cn.helituan.domain.activity.Figure;

/**
 * How a task's actual is summed in SQL, shared by the plan lists and the evaluation's indicators: {@link #SUMS} are
 * the columns of {@code left join lateral (select 1 as x SUMS from activity a where a.task_id = t.id) s} (per figure,
 * the sum over activities not withdrawn and over the confirmed ones, {@code c_} prefixed), {@link #ACTUAL} picks the
 * one of the task's target figure. A task is done when marked so or when its actual reaches its target ({@link #DONE}).
 */
public final class TaskSql {

    public static final String ACTUAL;
    public static final String SUMS;
    public static final String DONE;
    /** Done as the evaluation counts it: marked so, or the target reached by confirmed activities. */
    public static final String DONE_CONFIRMED;

    static {
        StringBuilder actual = new StringBuilder("case t.target_figure");
        StringBuilder sums = new StringBuilder();
        for (Figure figure : Figure.values()) {
            String column = figure.name().toLowerCase();
            actual.append(" when '").append(figure.name()).append("' then s.").append(column);
            sums.append(", sum(a.").append(column).append(") filter (where a.status <> 'WITHDRAWN') ").append(column)
                    .append(", sum(a.").append(column).append(") filter (where a.status = 'CONFIRMED') c_")
                    .append(column);
        }
        ACTUAL = actual.append(" end").toString();
        SUMS = sums.toString();
        DONE = "(t.done_on is not null or (t.target_figure is not null and coalesce(" + ACTUAL
                + ", 0) >= t.target_value))";
        DONE_CONFIRMED = DONE.replace("then s.", "then s.c_");
    }

    private TaskSql() {
    }
}
