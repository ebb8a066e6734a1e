package cn.helituan.domain.crossteam;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A spending entry as entered: {@code override} asks to spend beyond the balance (the org admin only, with
 * {@code overrideReason}).
 */
public record SpendingDetails(LocalDate spentOn, String purpose, BigDecimal amount, Long activityId, Long projectId,
                              boolean override, String overrideReason) {
}
