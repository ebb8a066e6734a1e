package cn.helituan.persistence.activity;

import cn.helituan.domain.activity.Activity;
import cn.helituan.domain.activity.ActivityFilter;
import cn.helituan.domain.activity.ActivityTotals;
import java.util.List;

/** The activity list's dynamic queries ({@link JpaActivitySearchImpl}). */
interface JpaActivitySearch {

    List<Activity> find(ActivityFilter filter, long offset, int limit);

    long count(ActivityFilter filter, long cap);

    ActivityTotals totals(ActivityFilter filter);

    void deferTallies();
}
