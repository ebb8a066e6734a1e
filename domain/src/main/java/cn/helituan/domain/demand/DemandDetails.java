package cn.helituan.domain.demand;

import java.time.LocalDate;

/** What a demand's form says. */
public record DemandDetails(Long objectId, Long categoryId, String title, String description, Urgency urgency,
                            LocalDate wantedBy) {
}
