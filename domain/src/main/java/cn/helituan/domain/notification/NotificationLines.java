package cn.helituan.domain.notification;

import java.util.List;

/** A notification's lines, written once when it is generated; implemented in the persistence module. */
public interface NotificationLines {

    /**
     * Writes a notification's lines in one statement: a province's are three thousand groups' and three hundred
     * sub-teams' — one insert each took a second and a half of a generation (issue 25, docs/performance.md).
     */
    void insertAll(List<NotificationLine> lines);

    /** A notification's lines in the order they were generated. */
    List<NotificationLine> findByNotificationIdOrderByPosition(long notificationId);
}
