package cn.helituan.domain.message;

import cn.helituan.domain.common.Scope;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a person of what concerns them. A feature calls {@link #tell} in the transaction of the change it reports
 * (the activity disputed, the plan returned), so the message exists exactly when the change does.
 */
@Service
public class MessageService {

    private final Messages messages;
    private final Clock clock;

    public MessageService(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Writes a message to an account: its kind (message key {@code message.<kind>}), the key's arguments (names,
     * dates as text: they are shown as written), and the page it concerns (an address inside the product, or null).
     */
    @Transactional
    public Message tell(long accountId, String kind, List<String> args, String link) {
        return messages.save(new Message(accountId, kind, args, link, clock.instant()));
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
}
