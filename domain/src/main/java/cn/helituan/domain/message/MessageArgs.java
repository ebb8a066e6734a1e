package cn.helituan.domain.message;

import java.util.List;

/**
 * A message's arguments as they are stored: the bulk writers join them with U+001F and PostgreSQL splits them back
 * into the text[] column, so a control character typed into a name or a reason (a pasted one, an imported one) is
 * made a space rather than splitting an argument in two or refusing the change the message reports.
 */
public final class MessageArgs {

    /** The separator of the joined arguments. */
    public static final String SEPARATOR = "\u001f";

    private MessageArgs() {
    }

    /** The arguments with no null and no separator in them. */
    public static List<String> clean(List<String> args) {
        return args.stream().map(a -> a == null ? "" : a.replace('\u001f', ' ')).toList();
    }

    /** The arguments joined for a bulk insert (split back with {@link #SEPARATOR}). */
    public static String joined(List<String> args) {
        return String.join(SEPARATOR, clean(args));
    }
}
