package cn.helituan.domain.crossteam;

import cn.helituan.domain.activity.Figure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A cross-town activity as its form gives it: the objects served (in the team's towns) and the members who went. */
public record CrossTeamActivityDetails(long typeId, LocalDate occurredOn, String title, String place,
                                       String description, List<Long> objectIds, List<Long> memberIds,
                                       int otherParticipants, Map<Figure, BigDecimal> figures,
                                       boolean outliersConfirmed) {
}
