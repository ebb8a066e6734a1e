package cn.helituan.persistence.notification;

import cn.helituan.domain.notification.NotificationLine;
import cn.helituan.domain.notification.NotificationLines;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaNotificationLines extends JpaRepository<NotificationLine, Long>, NotificationLines,
        JpaNotificationLinesInsert {

    @Override
    List<NotificationLine> findByNotificationIdOrderByPosition(long notificationId);
}
