package cn.helituan.domain.demand;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a resource's form says. Who declares it is one of {@code groupId}, {@code memberId}, {@code workUnitId} (the
 * first kept on an edit: a resource does not change hands).
 */
public record ResourceDetails(Long categoryId, String title, String description, BigDecimal capacity,
                              CapacityUnit capacityUnit, LocalDate availableFrom, LocalDate availableTo, Long groupId,
                              Long memberId, Long workUnitId) {
}
