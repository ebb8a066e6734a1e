package cn.helituan.persistence.activity;

import cn.helituan.domain.activity.ActivityStatus;
import cn.helituan.domain.activity.ActivityTotals;
import java.time.LocalDate;

/** The parts of {@link cn.helituan.domain.activity.Activities} written in SQL: the totals of a filter. */
interface JpaActivityTotals {

    ActivityTotals totalsInPath(String pathPrefix, LocalDate from, LocalDate to, Long typeId, ActivityStatus status);

    ActivityTotals totalsOfObject(Long objectId, LocalDate from, LocalDate to, Long typeId, ActivityStatus status);
}
