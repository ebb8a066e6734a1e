package cn.helituan.domain.demand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** The matching form: the project a demand becomes and how much of each resource (by id) it takes. */
public record MatchDetails(String title, Long groupId, Long responsibleId, LocalDate startsOn, LocalDate deadline,
                           BigDecimal budget, Map<Long, BigDecimal> allocations) {
}
