package cn.helituan.web.common;

import java.util.List;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;

/**
 * The signed-in sessions that have not ended, of every account or of one: what 在线会话 lists and what a password
 * change ends. The application's {@link SessionRegistry} is one ({@code security.SharedSessionRegistry} over the
 * database's sessions; {@code security.MemorySessionRegistry} where Spring Session is not configured, as in the web
 * slice tests). A session's principal is its account's user name or the account itself: read it with
 * {@link #username}.
 */
public interface LiveSessions extends SessionRegistry {

    /** Every live session, in no order. */
    List<SessionInformation> live();

    /** The live sessions of the account with this user name. */
    List<SessionInformation> live(String username);

    static String username(SessionInformation session) {
        return session.getPrincipal() instanceof org.springframework.security.core.userdetails.UserDetails user
                ? user.getUsername() : String.valueOf(session.getPrincipal());
    }
}
