package cn.helituan.domain.notification;

import java.util.List;

/** The supervision lines of notifications. */
public interface SupervisionLines {

    /** Writes a notification's supervision lines in one statement (a province's are a line a group). */
    void insertAll(List<SupervisionLine> lines);

    List<SupervisionLine> findByNotificationIdOrderByPosition(Long notificationId);
}
