package cn.helituan.domain.reminder;

/**
 * Where reminders go beyond the product's own messages: an SMS gateway or a government messaging platform. One
 * implementation is active ({@code helituan.reminders.channel}): {@link LoggingChannel} (the default: it writes the
 * reminder to the log) or {@link HttpChannel} (a JSON POST to the county's gateway). A failure is thrown; the job
 * records it on the reminder and goes on — the reminder and its message are kept.
 */
public interface OutboundChannel {

    /** The channel's name, recorded on each reminder it sends ("log", "http"). */
    String name();

    /** Sends one reminder; throws when the channel refused it or could not be reached. */
    void send(Outbound message);
}
