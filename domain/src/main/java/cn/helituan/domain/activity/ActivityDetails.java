package cn.helituan.domain.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a group leader fills in for an activity: the group, type, day, title, place and description, the objects it
 * served (from the group's active relationships), the members who went (from the group) and how many others, and
 * the outcome figures reported (absent: not reported). {@code outliersConfirmed}: the user has confirmed figures above
 * their usual maximum. {@code projectId}: the group's project it was done for, if any; {@code taskId}: the task of the group's plan for
 * the year it counts towards, if any.
 */
public record ActivityDetails(long groupId, long typeId, LocalDate occurredOn, String title, String place,
                              String description, List<Long> objectIds, List<Long> memberIds, int otherParticipants,
                              Map<Figure, BigDecimal> figures, String projectNames, boolean outliersConfirmed,
                              Long projectId, Long taskId) {
}
