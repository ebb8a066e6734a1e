package cn.helituan.domain.crossteam;

import static cn.helituan.domain.testing.Violations.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The budget ledger on hand-worked figures: ¥20,000 a year, entries, the balance, the override. */
class BudgetLedgerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 10);

    private static SpendingDetails entry(String amount) {
        return new SpendingDetails(DAY, "义诊药品", new BigDecimal(amount), null, null, false, null);
    }

    private static SpendingDetails overridden(String amount, String reason) {
        return new SpendingDetails(DAY, "义诊药品", new BigDecimal(amount), null, null, true, reason);
    }

    private static Spending spent(String amount) {
        return new Spending(1L, entry(amount), null);
    }

    @Test
    void theBalanceIsTheAllocationLessTheEntriesNotCancelled() {
        Spending cancelled = spent("5000.00");
        cancelled.cancel("重复录入");
        BudgetLedger ledger = BudgetLedger.of(new BigDecimal("20000"),
                List.of(spent("3200.50"), spent("1799.50"), cancelled));
        assertThat(ledger.spent()).isEqualByComparingTo("5000.00");
        assertThat(ledger.balance()).isEqualByComparingTo("15000.00");
        assertThat(ledger.balance().scale()).isEqualTo(2);
        assertThat(ledger.overdrawn()).isFalse();
    }

    @Test
    void anEntryUpToTheBalanceFitsWithoutOverride() {
        BudgetLedger ledger = BudgetLedger.of(new BigDecimal("20000.00"), List.of(spent("19000.00")));
        assertThat(ledger.admit(entry("1000.00"), "leader", false)).isNull();
    }

    @Test
    void oneFenBeyondTheBalanceIsRefusedWithoutOverride() {
        BudgetLedger ledger = BudgetLedger.of(new BigDecimal("20000.00"), List.of(spent("19000.00")));
        assertViolation(() -> ledger.admit(entry("1000.01"), "leader", false), "amount",
                "crossteam.spending.overBalance");
        assertViolation(() -> ledger.admit(entry("1000.01"), "admin", true), "amount",
                "crossteam.spending.overBalance");
    }

    @Test
    void onlyTheOrgAdminOverridesAndWithAReason() {
        BudgetLedger ledger = BudgetLedger.of(new BigDecimal("20000.00"), List.of(spent("19000.00")));
        assertViolation(() -> ledger.admit(overridden("1500.00", "临时追加"), "leader", false), "override",
                "crossteam.spending.overrideAdminOnly");
        assertViolation(() -> ledger.admit(overridden("1500.00", " "), "admin", true), "overrideReason",
                "crossteam.spending.overrideReason");
        assertThat(ledger.admit(overridden("1500.00", "县委组织部追加经费"), "admin", true)).isEqualTo("admin");
        Spending over = new Spending(1L, overridden("1500.00", "县委组织部追加经费"), "admin");
        BudgetLedger after = BudgetLedger.of(new BigDecimal("20000.00"), List.of(spent("19000.00"), over));
        assertThat(after.balance()).isEqualByComparingTo("-500.00");
        assertThat(after.overdrawn()).isTrue();
        assertThat(over.getOverrideReason()).isEqualTo("县委组织部追加经费");
    }

    @Test
    void anAmountWithThreeDecimalsNegativeZeroOrMissingIsRefused() {
        BudgetLedger ledger = BudgetLedger.of(new BigDecimal("20000.00"), List.of());
        assertViolation(() -> ledger.admit(entry("10.005"), "leader", false), "amount", "crossteam.amount.decimals");
        assertViolation(() -> ledger.admit(entry("-10.00"), "leader", false), "amount", "crossteam.amount.positive");
        assertViolation(() -> ledger.admit(entry("0"), "leader", false), "amount", "crossteam.amount.positive");
        assertViolation(() -> new Spending(1L, entry("10.005"), null), "amount", "crossteam.amount.decimals");
        assertViolation(() -> Money.check("allocation", null, true), "allocation", "crossteam.amount.required");
        assertThat(Money.check("allocation", BigDecimal.ZERO, true)).isEqualByComparingTo("0.00");
        assertThat(Money.check("amount", new BigDecimal("10.500"), false)).isEqualTo(new BigDecimal("10.50"));
    }

    @Test
    void anEntryIsCancelledOnceAndWithAReason() {
        Spending s = spent("100.00");
        assertViolation(() -> s.cancel(""), "reason", "crossteam.spending.cancelReason");
        s.cancel("发票作废");
        assertThat(s.isCancelled()).isTrue();
        assertViolation(() -> s.cancel("再次"), null, "crossteam.spending.cancelled");
    }
}
