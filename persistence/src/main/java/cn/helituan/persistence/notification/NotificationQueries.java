package cn.helituan.persistence.notification;

import cn.helituan.domain.activity.Figure;
import cn.helituan.persistence.common.SqlFiles;
import java.util.EnumMap;
import java.util.Map;

/**
 * A notification's statements, read from {@code sql/notification/notification.sql}: {@code units} (each unit's
 * month, its figures' columns in the order of {@link Figure}) and {@code largest} (a figure's largest activities; its
 * {@code ${figure}} column filled in once per figure).
 */
final class NotificationQueries {

    final String units;
    final String outsideGroups;
    private final Map<Figure, String> largest = new EnumMap<>(Figure.class);

    NotificationQueries() {
        Map<String, String> parts = SqlFiles.parts("sql/notification/notification.sql");
        units = parts.get("units");
        outsideGroups = parts.get("outside-groups");
        int at = -1;
        for (Figure figure : Figure.values()) {
            // a figure added to Figure and not to the file would shift every column read after it
            int next = units.indexOf("t." + figure.name().toLowerCase() + "_confirmed");
            if (next <= at) {
                throw new IllegalStateException("sql/notification/notification.sql does not read " + figure
                        + " in the order of Figure");
            }
            at = next;
        }
        String template = parts.get("largest");
        for (Figure figure : Figure.values()) {
            largest.put(figure, template.replace("${figure}", figure.name().toLowerCase()));
        }
    }

    String largest(Figure figure) {
        return largest.get(figure);
    }
}
