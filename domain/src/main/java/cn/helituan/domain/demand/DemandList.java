package cn.helituan.domain.demand;

import org.springframework.data.domain.Page;

/** A page of the list and the figures of what its filter finds; the figures' collected is the page's total. */
public record DemandList(Page<Demand> rows, DemandTally tally) {
}
