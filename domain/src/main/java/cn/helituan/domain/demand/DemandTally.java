package cn.helituan.domain.demand;

/**
 * The demands of a scope by where they stand — the shape of Guizhou's "124 collected, 90 resolved": collected
 * (every one raised), resolved (confirmed by the raiser), open (neither resolved, declined nor unsolvable), overdue
 * (open past its wished-for date), declined, unsolvable.
 */
public record DemandTally(long collected, long resolved, long open, long overdue, long declined, long unsolvable) {
}
