package cn.helituan.domain.notification;

import cn.helituan.domain.activity.Figure;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One of the month's largest results: the activity (not withdrawn), its group, the figure and its value. */
public record Highlight(long activityId, String title, long groupId, String groupName, LocalDate occurredOn,
                       Figure figure, BigDecimal value) {
}
