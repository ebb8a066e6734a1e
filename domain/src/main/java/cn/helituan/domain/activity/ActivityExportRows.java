package cn.helituan.domain.activity;

import java.util.Map;
import java.util.function.Consumer;

/**
 * The export's read: every activity the filter finds, in the list's order (latest first), as one statement streamed
 * row by row (not entities, not pages), each row handed to {@code rows} as it comes. Runs in the caller's read-only
 * transaction.
 */
public interface ActivityExportRows {

    /**
     * @param roster members as "name mobile" (a reader of the roster) or by name only (a first secretary)
     * @param types  every activity type by id (the rows name theirs)
     */
    void each(ActivityFilter filter, boolean roster, Map<Long, ActivityType> types,
              Consumer<ActivityExportLine> rows);
}
