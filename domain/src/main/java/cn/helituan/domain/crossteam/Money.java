package cn.helituan.domain.crossteam;

import cn.helituan.domain.common.RuleViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts of the budget ledger: yuan to the fen (two decimals), never more decimals, never negative. */
public final class Money {

    /** The largest amount numeric(18,2) holds. */
    static final BigDecimal MAX = new BigDecimal("9999999999999999.99");

    private Money() {
    }

    /**
     * The amount at scale 2, or the rule it breaks on {@code field}: required, not more than two decimals, not
     * negative (and not zero unless {@code zeroAllowed}).
     */
    public static BigDecimal check(String field, BigDecimal amount, boolean zeroAllowed) {
        if (amount == null) {
            throw new RuleViolation(field, "crossteam.amount.required");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation(field, "crossteam.amount.decimals");
        }
        if (amount.signum() < 0 || amount.signum() == 0 && !zeroAllowed) {
            throw new RuleViolation(field, "crossteam.amount.positive");
        }
        if (amount.compareTo(MAX) > 0) {
            throw new RuleViolation(field, "crossteam.amount.tooLarge");
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
