package cn.helituan.domain.history;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * The person's name for the user names records keep of who did something (raised a demand, confirmed an activity,
 * approved a plan, published…): the rules compare user names, the pages show names. Like {@link HistoryEntry#byName},
 * a user name without an account (any more, or "system") stays as it is.
 */
public interface PersonNames {

    /** The names of these user names (nulls ignored), read in one query whatever their number. */
    Names of(Collection<String> usernames);

    /** The names a page shows, by user name. */
    record Names(Map<String, String> byUsername) {

        public static final Names NONE = new Names(Map.of());

        /** The person's name of the user name: the account's display name, else the user name itself. */
        public String of(String username) {
            if (username == null) {
                return null;
            }
            return byUsername.getOrDefault(username.toLowerCase(Locale.ROOT), username);
        }
    }
}
