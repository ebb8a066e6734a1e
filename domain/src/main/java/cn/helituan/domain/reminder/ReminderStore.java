package cn.helituan.domain.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The reminders sent (table {@code reminder}, V35): stored once a day per account and subject, then their outcome. */
public interface ReminderStore {

    /** A reminder just stored, with its row's id. */
    record Stored(long id, Reminder reminder) {
    }

    /** Whom a reminder is for: the account's name and its member's mobile (null without a member). */
    record Recipient(long accountId, String name, String mobile) {
    }

    /** What the channel answered for a stored reminder. */
    record Delivery(long id, ReminderOutcome outcome, String channel, String reason, Instant at) {
    }

    /**
     * Stores the day's reminders in one statement, {@code on conflict do nothing} on (account, subject, day): returns
     * only those not stored before (by an earlier run of the day, or another instance at the same moment).
     */
    List<Stored> storeNew(LocalDate day, Instant at, List<Reminder> due);

    Map<Long, Recipient> recipients(Collection<Long> accountIds);

    /** Records the channel's answers (a batch of updates). */
    void record(List<Delivery> deliveries);

    /**
     * A page of reminders, newest day first, to the accounts the path prefix covers (as the accounts list: those
     * scoped to a unit under it, and the objects' accounts), of a day and a kind when given.
     */
    Page<ReminderLine> page(String pathPrefix, LocalDate day, ReminderKind kind, Pageable pageable);
}
