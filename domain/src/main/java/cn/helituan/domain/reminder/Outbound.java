package cn.helituan.domain.reminder;

/**
 * One reminder handed to the outbound channel: the account it is for (its id and name), the mobile number of the
 * member behind it (null when the account has none), the text in Simplified Chinese and the page (an absolute
 * address when {@code helituan.reminders.link-base} is set, else the path).
 */
public record Outbound(long reminderId, long accountId, String name, String mobile, String text, String link) {
}
