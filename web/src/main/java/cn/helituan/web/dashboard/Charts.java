package cn.helituan.web.dashboard;

import cn.helituan.domain.dashboard.Dashboard;
import cn.helituan.domain.dashboard.MonthOutcomes;
import java.util.List;

/**
 * The dashboard's charts as numbers the templates draw (server-rendered SVG and CSS bars, nothing fetched): each bar
 * scaled to its chart's largest value, reported and confirmed side by side. The same numbers are in the tables.
 */
public class Charts {

    /** The trend's drawing: one slot a month, two bars a slot, on a 100-high scale. */
    public static final int SLOT = 24;
    public static final int HEIGHT = 100;

    private final Dashboard dashboard;
    private final long trendMax;
    private final long unitMax;
    private final long typeMax;

    Charts(Dashboard dashboard) {
        this.dashboard = dashboard;
        this.trendMax = dashboard.trend().stream().mapToLong(m -> m.outcomes().reported()).max().orElse(0);
        this.unitMax = dashboard.byUnit().stream().mapToLong(u -> u.outcomes().reported()).max().orElse(0);
        this.typeMax = dashboard.byType().stream().mapToLong(t -> t.reported()).max().orElse(0);
    }

    public int width() {
        return dashboard.trend().size() * SLOT;
    }

    public int slot() {
        return SLOT;
    }

    public int height() {
        return HEIGHT;
    }

    /** A bar's height on the trend's scale. */
    public long barHeight(long value) {
        return trendMax == 0 ? 0 : Math.round(value * (double) HEIGHT / trendMax);
    }

    /** A month's label: its number, with the year when the period spans years or at January. */
    public String monthLabel(MonthOutcomes month) {
        List<MonthOutcomes> trend = dashboard.trend();
        boolean spans = trend.get(0).month().getYear() != trend.get(trend.size() - 1).month().getYear();
        return spans && (month.month().getMonthValue() == 1 || month == trend.get(0))
                ? month.month().getYear() % 100 + "/" + month.month().getMonthValue()
                : String.valueOf(month.month().getMonthValue());
    }

    /** A unit's bar in percent of the widest. */
    public long unitPercent(long value) {
        return unitMax == 0 ? 0 : Math.round(value * 100.0 / unitMax);
    }

    public long typePercent(long value) {
        return typeMax == 0 ? 0 : Math.round(value * 100.0 / typeMax);
    }
}
