package cn.helituan.domain.activity;

import java.util.Map;
import org.springframework.data.domain.Page;

/**
 * A page of the list, how many the filter finds (up to {@link ActivityListing#COUNT_CAP}; {@code more} when there are
 * more), and the page's photos by activity: four statements with the rows' group and type, whatever the page size.
 * The figures' totals are read apart, when asked for ({@link ActivityListing#totals}).
 */
public record ActivityList(Page<Activity> rows, boolean more, Map<Long, PhotoSummary> photos) {
}
