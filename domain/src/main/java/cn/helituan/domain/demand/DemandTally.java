package cn.helituan.domain.demand;

/**
 * The demands of a scope by where they stand — the shape of Guizhou's "124 collected, 90 resolved": collected
 * (every one raised), resolved (confirmed by the raiser), open (neither resolved, declined nor unsolvable), overdue
 * (open past its wished-for date), declined, unsolvable.
 */
public record DemandTally(long collected, long resolved, long open, long overdue, long declined, long unsolvable) {

    /** The figures of demands counted by status, with how many of the open ones are overdue. */
    public static DemandTally of(java.util.Map<DemandStatus, Long> byStatus, long overdue) {
        long collected = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long open = byStatus.entrySet().stream().filter(e -> e.getKey().isOpen())
                .mapToLong(java.util.Map.Entry::getValue).sum();
        return new DemandTally(collected, byStatus.getOrDefault(DemandStatus.RESOLVED, 0L), open, overdue,
                byStatus.getOrDefault(DemandStatus.DECLINED, 0L), byStatus.getOrDefault(DemandStatus.UNSOLVABLE, 0L));
    }
}
