package cn.helituan.persistence.notification;

import cn.helituan.domain.notification.SupervisionLine;
import cn.helituan.domain.notification.SupervisionLines;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaSupervisionLines extends JpaRepository<SupervisionLine, Long>, SupervisionLines,
        JpaSupervisionLinesInsert {
}
