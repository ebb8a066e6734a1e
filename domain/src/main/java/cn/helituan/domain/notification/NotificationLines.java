package cn.helituan.domain.notification;

import java.util.List;

/** A notification's lines, written once when it is generated; implemented in the persistence module. */
public interface NotificationLines {

    <S extends NotificationLine> S save(S line);

    /** A notification's lines in the order they were generated. */
    List<NotificationLine> findByNotificationIdOrderByPosition(long notificationId);
}
