package cn.helituan.domain.message;

import java.time.Instant;
import java.util.List;

/** Writes one message to every account of an audience in one statement (persistence: INSERT … SELECT). */
public interface MessageDelivery {

    /** The messages written: how many accounts the audience held. */
    int deliver(Audience audience, String kind, List<String> args, String link, Instant at, Long announcementId);
}
