package cn.helituan.domain.activity;

import java.util.Map;
import java.util.function.Consumer;

/**
 * The export's read: every activity the filter finds, in the list's order (latest first), as one statement streamed
 * row by row (not entities, not pages), each row handed to {@code rows} as it comes. Runs in the caller's read-only
 * transaction.
 */
public interface ActivityExportRows {

    /** How the members' cells name them. */
    enum Members {
        /** "name mobile": the org admin's (the ledger import's key). */
        WHOLE,
        /** "name 138****0018": another reader of the roster (issue 21). */
        STARRED,
        /** by name only: a first secretary. */
        NAMES
    }

    /**
     * @param members how the members are named
     * @param types   every activity type by id (the rows name theirs)
     */
    void each(ActivityFilter filter, Members members, Map<Long, ActivityType> types,
              Consumer<ActivityExportLine> rows);
}
