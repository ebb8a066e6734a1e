package cn.helituan.domain.dashboard;

import cn.helituan.domain.activity.Figure;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * A scope's activities in a period and what they achieved, each counted twice as the activity list's totals are:
 * as reported (every activity not withdrawn) and as confirmed (those every covered object confirmed); disputed: how
 * many a village disputes now.
 */
public record Outcomes(long reported, long confirmed, long disputed, Map<Figure, BigDecimal> reportedFigures,
                       Map<Figure, BigDecimal> confirmedFigures) {

    public static Outcomes none() {
        Map<Figure, BigDecimal> zeros = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            zeros.put(figure, BigDecimal.ZERO);
        }
        return new Outcomes(0, 0, 0, zeros, zeros);
    }

    /** These outcomes and another's added up (a period's months); disputed is not added (it is a count of now). */
    public Outcomes plus(Outcomes other) {
        Map<Figure, BigDecimal> reported = new EnumMap<>(Figure.class);
        Map<Figure, BigDecimal> confirmed = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            reported.put(figure, reported(figure).add(other.reported(figure)));
            confirmed.put(figure, confirmed(figure).add(other.confirmed(figure)));
        }
        return new Outcomes(this.reported + other.reported, this.confirmed + other.confirmed, disputed, reported,
                confirmed);
    }

    public BigDecimal reported(Figure figure) {
        return reportedFigures.getOrDefault(figure, BigDecimal.ZERO);
    }

    public BigDecimal confirmed(Figure figure) {
        return confirmedFigures.getOrDefault(figure, BigDecimal.ZERO);
    }
}
