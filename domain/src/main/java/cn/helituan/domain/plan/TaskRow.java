package cn.helituan.domain.plan;

import cn.helituan.domain.activity.Figure;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A task on the task list (the year's tasks of every group in scope): its plan and group, what it plans and what its
 * activities add up to (as reported), whether it is done.
 */
public record TaskRow(long taskId, long planId, String groupName, TaskKind kind, String title, Figure targetFigure,
                      BigDecimal targetValue, BigDecimal actual, LocalDate dueOn, boolean done, String owner) {
}
