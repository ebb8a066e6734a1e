package cn.helituan.domain.demand;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One ranked suggestion for a demand: a resource or a group, its score, and why — each reason a message key
 * ({@code match.reason.*}) with the points it gave, so the page can say "同类别 +40".
 */
public record Suggestion(DemandSuggestion.Kind kind, long targetId, String name, String detail, int score,
                         List<Reason> reasons, BigDecimal remaining, CapacityUnit unit) {

    /** A reason and its points; {@code count} where it counts something (members, demands). */
    public record Reason(String key, int points, int count) {
    }

    /** The reasons as the suggestion's record keeps them: "key:points:count;key:points:count". */
    public String reasonsColumn() {
        return reasons.stream().map(r -> r.key() + ":" + r.points() + ":" + r.count())
                .collect(Collectors.joining(";"));
    }
}
