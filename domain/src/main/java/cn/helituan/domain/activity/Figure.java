package cn.helituan.domain.activity;

import cn.helituan.domain.common.Measure;
import java.math.BigDecimal;

/**
 * The outcome figures an activity may report, each with the largest value taken without a second look: above it the
 * form asks the user to confirm the figure (a typo of three zeros is the usual outlier).
 */
public enum Figure implements Measure {
    FUNDS_SECURED(new BigDecimal("100000000")),
    PROJECTS_INTRODUCED(new BigDecimal("50")),
    TECHNOLOGIES_PROMOTED(new BigDecimal("50")),
    TRAININGS_HELD(new BigDecimal("100")),
    PEOPLE_TRAINED(new BigDecimal("5000")),
    BENEFICIARIES(new BigDecimal("50000")),
    PEOPLE_EMPLOYED(new BigDecimal("2000")),
    PRODUCE_SOLD(new BigDecimal("10000000")),
    DONATIONS(new BigDecimal("10000000")),
    PATIENTS_SEEN(new BigDecimal("5000"));

    private final BigDecimal usualMaximum;

    Figure(BigDecimal usualMaximum) {
        this.usualMaximum = usualMaximum;
    }

    public BigDecimal usualMaximum() {
        return usualMaximum;
    }

    /** Whether it is an amount of money in yuan (two decimals); the others count whole things. */
    @Override
    public boolean isMoney() {
        return this == FUNDS_SECURED || this == PRODUCE_SOLD || this == DONATIONS;
    }
}
