package cn.helituan.domain.plan;

import cn.helituan.domain.activity.Figure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a task's form says: which list, what, for which of the group's objects, the measurable target (an activity
 * figure and how much of it; none for a task without one), the owner (a member of the group) and the due date.
 */
public record TaskDetails(TaskKind kind, String title, List<Long> objectIds, Figure targetFigure,
                          BigDecimal targetValue, Long ownerId, LocalDate dueOn) {
}
