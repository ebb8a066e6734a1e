package cn.helituan.domain.message;

import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Scope;
import java.time.Clock;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a person of what concerns them, and lets them read it. A feature calls {@link #tell} or {@link #tellAll}
 * in the transaction of the change it reports (the activity disputed, the plan returned): the message exists
 * exactly when the change does, and a change rolled back leaves no message ({@code MANDATORY}: there is always a
 * change's transaction to join). Each account reads its own messages only.
 */
@Service
@RequiredArgsConstructor
public class MessageService {

    private final Messages messages;
    private final UnreadMessages unread;
    private final MessageDelivery delivery;
    private final Clock clock;

    /**
     * Writes a message to an account: its kind (message key {@code message.<kind>}), the key's arguments (names,
     * dates as text: they are shown as written), and the page it concerns (an address inside the product, or null).
     */
    @Transactional
    public Message tell(long accountId, String kind, List<String> args, String link) {
        return messages.save(new Message(accountId, kind, args, link, clock.instant()));
    }

    /** Writes the message to every enabled account of the audience in one statement; how many were told. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int tellAll(Audience audience, String kind, List<String> args, String link) {
        return audience.empty() ? 0 : delivery.deliver(audience, kind, args, link, clock.instant(), null);
    }

    /** One message of {@link #tellAll}: to whom, its kind, the key's arguments and the page it concerns. */
    public record Tell(long accountId, String kind, List<String> args, String link) {
    }

    /**
     * {@link #tell} for many accounts at once, in one statement (a daily job's thousands of reminders: a province's
     * 5,800 messages one by one took 28 s of the job under load, in one statement well under a second).
     */
    @Transactional
    public void tellAll(List<Tell> tells) {
        java.time.Instant now = clock.instant();
        messages.insertAll(tells.stream()
                .map(t -> new Message(t.accountId(), t.kind(), t.args(), t.link(), now)).toList());
    }

    /** How many messages the signed-in account has not read. */
    @Transactional(readOnly = true)
    public long unread(Scope scope) {
        return scope.accountId() == null ? 0 : messages.countByAccountIdAndReadAtIsNull(scope.accountId());
    }

    /** The same by user name, for the menu of every page ({@link UnreadMessages}: one statement, no transaction). */
    public long unreadOf(String username) {
        return username == null || username.isEmpty() ? 0 : unread.of(username);
    }

    /** The signed-in account's messages, newest first. */
    @Transactional(readOnly = true)
    public Page<Message> list(Scope scope, Pageable pageable) {
        return messages.findByAccountIdOrderByCreatedAtDescIdDesc(own(scope), pageable);
    }

    /** Opens one of the account's own messages: marks it read and answers the page it concerns. */
    @Transactional
    public Message open(Scope scope, long id) {
        Message message = messages.findByIdAndAccountId(id, own(scope))
                .orElseThrow(() -> new NotFoundException("message", id));
        message.read(clock.instant());
        return message;
    }

    /** Marks all the account's unread messages read; how many. */
    @Transactional
    public int readAll(Scope scope) {
        return messages.readAll(own(scope), clock.instant());
    }

    private static long own(Scope scope) {
        if (scope.accountId() == null) {
            throw new NotFoundException("message", "system");
        }
        return scope.accountId();
    }
}
