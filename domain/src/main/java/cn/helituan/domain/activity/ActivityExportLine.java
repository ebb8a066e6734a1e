package cn.helituan.domain.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One activity as the export writes it, read as columns (not as an entity): its group as the id path and name, its
 * objects already joined as "code name、code name" (in the order they were added), its members as "name mobile、…" for
 * a reader of the roster or as names for a first secretary, and the figures reported (those not reported absent).
 */
public record ActivityExportLine(long id, LocalDate occurredOn, ActivityType type, long groupId, String groupPath,
                                 String groupName, String title, ActivityStatus status, String objects,
                                 String members, int otherParticipants, String place, Map<Figure, BigDecimal> figures,
                                 String projectNames, String description, String paperConfirmedBy,
                                 LocalDate paperConfirmedOn) {
}
