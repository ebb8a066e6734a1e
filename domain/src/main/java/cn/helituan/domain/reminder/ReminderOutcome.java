package cn.helituan.domain.reminder;

/** What the outbound channel answered: not sent yet (the job stopped before sending), sent, or failed (a reason). */
public enum ReminderOutcome {
    PENDING,
    SENT,
    FAILED
}
