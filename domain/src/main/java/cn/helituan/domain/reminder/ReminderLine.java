package cn.helituan.domain.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One reminder on the list: its day, kind, message, link, to whom (account name), and the channel's answer. */
public record ReminderLine(long id, LocalDate day, Instant createdAt, ReminderKind kind, List<String> args,
                           String link, long accountId, String name, String username, ReminderOutcome outcome,
                           String channel, String reason, Instant sentAt) {
}
