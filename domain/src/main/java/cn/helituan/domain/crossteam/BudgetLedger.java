package cn.helituan.domain.crossteam;

import cn.helituan.domain.common.RuleViolation;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * A team's year: its allocation, what the entries not cancelled spent, the balance. A new entry must fit the balance,
 * unless the org admin records an override with a reason (then the balance goes below zero and the page says so).
 */
public record BudgetLedger(BigDecimal allocation, BigDecimal spent) {

    public static BudgetLedger of(BigDecimal allocation, Collection<Spending> entries) {
        BigDecimal spent = entries.stream().filter(s -> !s.isCancelled()).map(Spending::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        return new BudgetLedger(allocation.setScale(2), spent);
    }

    /** The allocation and what the entries not cancelled add up to, summed by the database (CrossTeamFacts#ledgerOf). */
    public static BudgetLedger of(BigDecimal allocation, BigDecimal spent) {
        return new BudgetLedger(allocation.setScale(2), spent.setScale(2));
    }

    public BigDecimal balance() {
        return allocation.subtract(spent);
    }

    public boolean overdrawn() {
        return balance().signum() < 0;
    }

    /**
     * Whether the entry needs an override, refusing what may not be written: an amount beyond the balance without an
     * override; an override asked by someone who is not an org admin, or without a reason.
     *
     * @return the user name to record as the override's author, or null when the entry fits
     */
    public String admit(SpendingDetails details, String username, boolean orgAdmin) {
        BigDecimal amount = Money.check("amount", details.amount(), false);
        if (amount.compareTo(balance()) <= 0) {
            return null;
        }
        if (!details.override()) {
            throw new RuleViolation("amount", "crossteam.spending.overBalance", balance().toPlainString());
        }
        if (!orgAdmin) {
            throw new RuleViolation("override", "crossteam.spending.overrideAdminOnly");
        }
        if (details.overrideReason() == null || details.overrideReason().isBlank()) {
            throw new RuleViolation("overrideReason", "crossteam.spending.overrideReason");
        }
        return username;
    }
}
