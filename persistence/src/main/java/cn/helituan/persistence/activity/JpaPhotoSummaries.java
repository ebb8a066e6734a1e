package cn.helituan.persistence.activity;

import cn.helituan.domain.activity.PhotoSummary;
import java.util.Collection;
import java.util.List;

/**
 * The activity list's photo summaries (first photo and count of each row) by {@link
 * cn.helituan.persistence.common.IdList}: bound as {@code in :ids}, Hibernate translated the query again on every list
 * page (a sixth of the activity list's application time, docs/performance.md "seventh round").
 */
interface JpaPhotoSummaries {

    List<PhotoSummary> summaries(Collection<Long> activityIds);
}
