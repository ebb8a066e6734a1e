package cn.helituan.domain.crossteam;

import java.time.LocalDate;

/** A team's activity as its lists show it: the team, day, title, status and who went. */
public record TeamActivity(Long id, Long teamId, String teamName, LocalDate occurredOn, String title, String status,
                           String participants) {
}
