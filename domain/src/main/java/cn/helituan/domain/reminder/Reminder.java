package cn.helituan.domain.reminder;

import java.util.List;

/**
 * A reminder a rule finds due on a day: to whom (an account), about what ({@code subject}: a stable key of "the same
 * thing", e.g. {@code plan-deadline:2026:group:12} — one reminder of a subject to an account a day), its kind, the
 * arguments of its message (names, dates and counts as text) and the page where the thing is done.
 */
public record Reminder(long accountId, String subject, ReminderKind kind, List<String> args, String link) {

    public Reminder {
        args = List.copyOf(args);
    }
}
