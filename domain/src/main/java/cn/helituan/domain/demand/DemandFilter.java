package cn.helituan.domain.demand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A demand list's filter after the user's scope is applied. {@code objectId}: one object's (a first secretary's,
 * or the object page's). {@code pathPrefix}: null for the whole deployment, else the demands of objects actively paired
 * with a group under the path and of projects owned by one. {@code overdueOn}: only those open with a wished-for date
 * before that day.
 * {@code raisedFrom}, {@code raisedBefore}: the period raised, as instants (the days in the deployment's zone).
 */
public record DemandFilter(Long objectId, String pathPrefix, Set<DemandStatus> statuses, Long categoryId,
                           Urgency urgency, LocalDate overdueOn, Instant raisedFrom, Instant raisedBefore) {
}
