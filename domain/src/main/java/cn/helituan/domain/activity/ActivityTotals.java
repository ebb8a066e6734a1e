package cn.helituan.domain.activity;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The outcome figures of what a list's filter shows, added up twice: as reported (every activity not withdrawn) and
 * as confirmed (those every covered object has confirmed). The figures of the dashboard are read the same two ways.
 */
public record ActivityTotals(long reported, long confirmed, Map<Figure, BigDecimal> reportedFigures,
                             Map<Figure, BigDecimal> confirmedFigures) {
}
