package cn.helituan.domain.activity;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a list's filter finds: how many activities match (withdrawn ones only when the
 * filter asks for them: without a status the list leaves them out, as the dashboard does), and their outcome
 * figures added up twice: as reported (every activity not withdrawn) and as confirmed (those every covered object has
 * confirmed). The figures of the dashboard are read the same two ways.
 */
public record ActivityTotals(long matching, long reported, long confirmed, Map<Figure, BigDecimal> reportedFigures,
                             Map<Figure, BigDecimal> confirmedFigures) {
}
