package cn.helituan.domain.plan;

import java.math.BigDecimal;

/**
 * What the activities logged against a task add up to, in its target figure: as reported (all but withdrawn ones)
 * and as confirmed by the objects, and how many activities there are.
 */
public record TaskActual(long activities, BigDecimal reported, BigDecimal confirmed) {

    public static final TaskActual NONE = new TaskActual(0, BigDecimal.ZERO, BigDecimal.ZERO);
}
