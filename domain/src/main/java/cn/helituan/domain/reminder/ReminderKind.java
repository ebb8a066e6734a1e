package cn.helituan.domain.reminder;

/**
 * What a reminder is about. Its message (站内消息) has the kind {@code reminder.<NAME>}, so its text is the key
 * {@code message.reminder.<NAME>}; the list of sent reminders labels it {@code ReminderKind.<NAME>}.
 */
public enum ReminderKind {
    /** A group's plan not handed in, 7 days and 1 day before the year's deadline (to the group's leader). */
    PLAN_DEADLINE,
    /** A group's self-assessment not written, 7 days and 1 day before its round's deadline (to its leader). */
    EVALUATION_SELF,
    /** A village's ratings of its groups not given, 7 days and 1 day before the deadline (to its first secretary). */
    EVALUATION_RATING,
    /** A reviewer's scores not given, 7 days and 1 day before the deadline (to the reviewer). */
    EVALUATION_SCORE,
    /** A pairing's term ends in 30 days, and again in 7 (to the group's leader). */
    TERM_ENDING,
    /** A group without activity for 30 days, then every 7 more (to its leader and its sub-team's leader). */
    GROUP_SILENT,
    /** A village's activities unconfirmed 7 days after their date, then every 7 more (to its first secretary). */
    VILLAGE_UNCONFIRMED;

    /** The kind of the message it writes: its text is {@code message.<messageKind>}. */
    public String messageKind() {
        return "reminder." + name();
    }
}
