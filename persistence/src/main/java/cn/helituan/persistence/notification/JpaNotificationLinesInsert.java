package cn.helituan.persistence.notification;

import cn.helituan.domain.notification.NotificationLine;
import java.util.List;

/**
 * The fragment that writes a notification's lines in one statement, carried into {@link JpaNotificationLines}; Spring
 * Data finds its implementation, {@link JpaNotificationLinesInsertImpl}, in this package.
 */
interface JpaNotificationLinesInsert {

    void insertAll(List<NotificationLine> lines);
}
