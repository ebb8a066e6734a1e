package cn.helituan.domain.station;

import cn.helituan.domain.common.Scope;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Figures that read only the stationed cadres' records — check-ins, absences, stationings, pairings and the team
 * tree — kept while none of those changes (persistence: V92's counters, {@code AttendanceFigureCache}): the value
 * kept for a key is returned only when no such write has committed since it was computed, so it is the value
 * {@code compute} would give now. The key must hold everything else the value depends on (the reader's scope, the
 * days).
 */
public interface KeptFigures {

    <T> T get(Object key, Supplier<T> compute);

    /**
     * What of a scope decides which stationed cadres' records it reads (its role, unit, village and person), for a
     * key: readers with the same reach share a kept figure.
     */
    static List<Object> reach(Scope scope) {
        return Arrays.asList(scope.role(), scope.unitPath(), scope.objectId(), scope.memberId());
    }
}
