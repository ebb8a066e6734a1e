package cn.helituan.domain.demand;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a demand stands in the problem-solving workflow (调研走访—发现问题—调动资源—解决问题):
 * <pre>
 * RAISED → ACCEPTED → MATCHED → IN_PROGRESS → SOLVED → RESOLVED
 *        ↘ DECLINED                         ↖ (the raiser reopens)
 * ACCEPTED, MATCHED, IN_PROGRESS → UNSOLVABLE_PROPOSED → UNSOLVABLE, or back where it was
 * </pre>
 * SOLVED is the group's word; only the raiser's confirmation makes it RESOLVED.
 */
public enum DemandStatus {
    RAISED,
    ACCEPTED,
    DECLINED,
    MATCHED,
    IN_PROGRESS,
    SOLVED,
    RESOLVED,
    UNSOLVABLE_PROPOSED,
    UNSOLVABLE;

    /** The states a demand ends in: nothing more is asked of anybody. */
    public static final Set<DemandStatus> CLOSED = EnumSet.of(DECLINED, RESOLVED, UNSOLVABLE);

    public boolean isOpen() {
        return !CLOSED.contains(this);
    }
}
