package cn.helituan.domain.message;

import java.util.List;

/**
 * The kinds of message the features write; each is the message key {@code message.<kind>} in both message files
 * (MessageKindTest checks), its arguments as the constant's comment says, all text.
 */
public final class MessageKind {

    /** {0} the activity's title, {1} the object that disputed it, {2} the reason. */
    public static final String ACTIVITY_DISPUTED = "activityDisputed";
    /** {0} the activity's title, {1} the object that confirmed it. */
    public static final String ACTIVITY_CONFIRMED = "activityConfirmed";
    /** {0} the year, {1} the group, {2} the reason. */
    public static final String PLAN_RETURNED = "planReturned";
    /** {0} the year, {1} the group. */
    public static final String PLAN_APPROVED = "planApproved";
    /** {0} the year, {1} the group. */
    public static final String PLAN_SUBMITTED = "planSubmitted";
    /** {0} the demand's title, {1} the object that raised it, {2} the group, {3} the project's title. */
    public static final String DEMAND_ASSIGNED = "demandAssigned";
    /** {0} the demand's title, {1} the group that reports it solved. */
    public static final String DEMAND_SOLVED = "demandSolved";
    /** {0} the round's name, {1} the year. */
    public static final String ROUND_PUBLISHED = "roundPublished";
    /** {0} the month (2026-11), {1} the scope's name (empty for the whole deployment). */
    public static final String NOTIFICATION_PUBLISHED = "notificationPublished";
    /** {0} the announcement's title. */
    public static final String ANNOUNCEMENT = "announcement";

    public static final List<String> ALL = List.of(ACTIVITY_DISPUTED, ACTIVITY_CONFIRMED, PLAN_RETURNED,
            PLAN_APPROVED, PLAN_SUBMITTED, DEMAND_ASSIGNED, DEMAND_SOLVED, ROUND_PUBLISHED, NOTIFICATION_PUBLISHED,
            ANNOUNCEMENT);

    private MessageKind() {
    }
}
