package cn.helituan.domain.dashboard;

import java.time.LocalDate;

/**
 * A group with no activity in the last 30 days, with whom to remind: its current leader (null when it has none) and
 * the day of its last activity (null: never).
 */
public record SilentGroup(long groupId, String name, String leaderName, String leaderMobile, LocalDate lastActivity) {
}
