package cn.helituan.domain.crossteam;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A budget ledger entry as the team's page and the ledger's pages show it: a row, not the entity ({@link Spending}
 * is what a write loads). {@code version}: what the cancel form sends back.
 */
public record LedgerEntry(Long id, long version, LocalDate spentOn, String purpose, BigDecimal amount,
                          String attachmentName, String overrideBy, String overrideReason, boolean cancelled,
                          String cancelledReason) {

    public boolean hasAttachment() {
        return attachmentName != null;
    }

    /** Recorded beyond the balance by an org admin, with a reason. */
    public boolean overridden() {
        return overrideBy != null;
    }
}
