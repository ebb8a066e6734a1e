package cn.helituan.domain.message;

/**
 * The menu's envelope on every page: how many of an account's messages are unread, by its user name (the layout knows
 * the signed-in name). One statement on {@code message_unread_idx}, without a transaction of its own.
 */
public interface UnreadMessages {

    long of(String username);
}
