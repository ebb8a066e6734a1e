package cn.helituan.domain.notification;

import cn.helituan.domain.activity.Figure;
import java.math.BigDecimal;
import java.util.Map;

/** A unit's month from the tallies: its activities reported and confirmed, and its confirmed figures. */
public record UnitMonth(long unitId, String name, String parentName, long reported, long confirmed,
                        Map<Figure, BigDecimal> confirmedFigures) {

    public BigDecimal figure(Figure figure) {
        return confirmedFigures.getOrDefault(figure, BigDecimal.ZERO);
    }

    public BigDecimal value(RankingFactor factor) {
        return factor.figure() == null ? BigDecimal.valueOf(confirmed) : figure(factor.figure());
    }
}
