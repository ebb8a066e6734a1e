package cn.helituan.persistence.plan;

import cn.helituan.domain.plan.PlanFilter;
import cn.helituan.domain.plan.PlanRow;
import cn.helituan.domain.plan.PlanTally;
import cn.helituan.domain.plan.TaskActual;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The plan list's and the tasks' progress queries ({@link JpaPlanSearchImpl}). */
interface JpaPlanSearch {

    List<PlanRow> rows(PlanFilter filter, long offset, int limit);

    long count(PlanFilter filter);

    PlanTally tally(PlanFilter filter);

    Map<Long, TaskActual> actuals(Collection<Long> taskIds);

    List<cn.helituan.domain.plan.TaskRow> tasks(PlanFilter filter, cn.helituan.domain.plan.TaskKind kind,
                                                boolean open, long offset, int limit);

    long countTasks(PlanFilter filter, cn.helituan.domain.plan.TaskKind kind, boolean open);
}
