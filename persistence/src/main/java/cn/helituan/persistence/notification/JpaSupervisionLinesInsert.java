package cn.helituan.persistence.notification;

import cn.helituan.domain.notification.SupervisionLine;
import java.util.List;

/**
 * The fragment that writes a notification's supervision lines in one statement, carried into {@link
 * JpaSupervisionLines}; Spring Data finds its implementation, {@link JpaSupervisionLinesInsertImpl}, in this package.
 */
interface JpaSupervisionLinesInsert {

    void insertAll(List<SupervisionLine> lines);
}
