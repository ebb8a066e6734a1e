package cn.helituan.domain.audit;

import java.time.Instant;
import java.util.List;

/** The HTTP sessions kept in the database (Spring Session JDBC) whose time is up. */
public interface ExpiredSessions {

    /**
     * Deletes the sessions that expired before the instant and answers whose they were (a signed-in account's name;
     * null for a session nobody signed in to). Each one is answered to exactly one caller, however many instances
     * run it at once.
     */
    List<String> remove(Instant before);
}
