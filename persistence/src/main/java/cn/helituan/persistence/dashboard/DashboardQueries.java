package cn.helituan.persistence.dashboard;

import cn.helituan.domain.activity.Figure;
import cn.helituan.persistence.common.SqlFiles;
import java.util.Map;

/**
 * The dashboard's statements, read from {@code sql/dashboard/dashboard.sql}: a part per read, and the part
 * {@code sums} (the tallies' columns summed) put where a statement says {@code ${sums}}. The sums list the figures in
 * the order of {@link Figure}, as {@link JdbcDashboardStore} reads them.
 */
final class DashboardQueries {

    final String roots;
    final String trend;
    final String byUnit;
    final String byType;
    final String disputed;
    final String units;
    final String pairedObjects;
    final String silentGroups;

    DashboardQueries() {
        Map<String, String> parts = SqlFiles.parts("sql/dashboard/dashboard.sql");
        String sums = parts.get("sums");
        requireFiguresInOrder(sums);
        roots = parts.get("roots");
        trend = parts.get("trend").replace("${sums}", sums);
        byUnit = parts.get("by-unit").replace("${sums}", sums);
        byType = parts.get("by-type");
        disputed = parts.get("disputed");
        units = parts.get("units");
        pairedObjects = parts.get("paired-objects");
        silentGroups = parts.get("silent-groups");
    }

    /** A figure added to {@link Figure} and not to the file would shift every column read after it. */
    private static void requireFiguresInOrder(String sums) {
        int at = -1;
        for (Figure figure : Figure.values()) {
            int next = sums.indexOf("t." + figure.name().toLowerCase() + "_reported");
            if (next <= at || sums.indexOf("t." + figure.name().toLowerCase() + "_confirmed") < next) {
                throw new IllegalStateException("sql/dashboard/dashboard.sql does not sum " + figure
                        + " in the order of Figure");
            }
            at = next;
        }
    }
}
