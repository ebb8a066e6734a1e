package cn.helituan.persistence.notification;

import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.notification.Highlight;
import cn.helituan.domain.notification.NotificationFacts;
import cn.helituan.domain.notification.UnitMonth;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A notification's facts: each unit's month from activity_tally (V22), one row per unit, and a figure's largest
 * activities of the month on the (date, id) index (V15). Figure columns are named after {@link Figure}.
 */
@Repository
class JdbcNotificationFacts implements NotificationFacts {

    private static final String CONFIRMED;

    static {
        StringBuilder sums = new StringBuilder();
        for (Figure figure : Figure.values()) {
            sums.append(", coalesce(t.").append(figure.name().toLowerCase()).append("_confirmed, 0)");
        }
        CONFIRMED = sums.toString();
    }

    private final NamedParameterJdbcTemplate jdbc;

    JdbcNotificationFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UnitMonth> units(String pathFilter, String kind, YearMonth month) {
        MapSqlParameterSource params = new MapSqlParameterSource("prefix", pathFilter + "%").addValue("kind", kind)
                .addValue("month", Date.valueOf(month.atDay(1)));
        return jdbc.query("""
                select u.id, u.name, p.name, coalesce(t.reported, 0), coalesce(t.confirmed, 0)""" + CONFIRMED + """
                 from unit u left join unit p on p.id = u.parent_id
                left join activity_tally t on t.unit_id = u.id and t.month = :month
                where u.kind = :kind and u.path like :prefix and (not u.archived or coalesce(t.reported, 0) > 0)
                order by u.path""", params, (rs, i) -> {
                    Map<Figure, BigDecimal> figures = new EnumMap<>(Figure.class);
                    int column = 6;
                    for (Figure figure : Figure.values()) {
                        figures.put(figure, rs.getBigDecimal(column++));
                    }
                    return new UnitMonth(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getLong(5), figures);
                });
    }

    @Override
    public List<Highlight> largest(String pathFilter, YearMonth month, Figure figure, int limit) {
        String column = "a." + figure.name().toLowerCase();
        MapSqlParameterSource params = new MapSqlParameterSource("prefix", pathFilter + "%")
                .addValue("from", Date.valueOf(month.atDay(1))).addValue("to", Date.valueOf(month.atEndOfMonth()))
                .addValue("limit", limit);
        return jdbc.query("select a.id, a.title, g.id, g.name, a.occurred_on, " + column
                + " from activity a join unit g on g.id = a.group_id"
                + " where a.occurred_on between :from and :to and a.status <> 'WITHDRAWN' and " + column + " > 0"
                + " and g.path like :prefix order by " + column + " desc, a.id limit :limit", params,
                (rs, i) -> new Highlight(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getDate(5).toLocalDate(), figure, rs.getBigDecimal(6)));
    }
}
