package cn.helituan.persistence.demand;

import cn.helituan.domain.demand.Demand;
import cn.helituan.domain.demand.DemandFilter;
import cn.helituan.domain.demand.DemandTally;
import java.util.List;

/** The demand list's dynamic queries ({@link JpaDemandSearchImpl}). */
interface JpaDemandSearch {

    List<Demand> find(DemandFilter filter, long offset, int limit);

    long count(DemandFilter filter);

    DemandTally tally(DemandFilter filter);
}
