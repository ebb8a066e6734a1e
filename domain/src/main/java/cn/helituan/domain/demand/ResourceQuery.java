package cn.helituan.domain.demand;

import java.time.LocalDate;

/** A resource list's filters as the user chose them. */
public record ResourceQuery(Long categoryId, CapacityUnit unit, Long groupId, boolean mine, LocalDate availableOn,
                            boolean archived) {
}
