package cn.helituan.domain.notification;

import java.util.List;

/** The supervision lines of notifications. */
public interface SupervisionLines {

    SupervisionLine save(SupervisionLine line);

    List<SupervisionLine> findByNotificationIdOrderByPosition(Long notificationId);
}
