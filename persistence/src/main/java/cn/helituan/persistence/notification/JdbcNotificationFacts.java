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
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A notification's facts: each unit's month from activity_tally (V22), one row per unit, and a figure's largest
 * activities of the month on the (date, id) index (V15). Figure columns are named after {@link Figure}; the
 * statements are {@link NotificationQueries}.
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JdbcNotificationFacts implements NotificationFacts {

    private final NotificationQueries queries = new NotificationQueries();
    private final NamedParameterJdbcTemplate jdbc;

    @Override
    public List<UnitMonth> units(String pathFilter, String kind, YearMonth month) {
        MapSqlParameterSource params = new MapSqlParameterSource("prefix", pathFilter + "%").addValue("kind", kind)
                .addValue("month", Date.valueOf(month.atDay(1)));
        return jdbc.query(queries.units, params, (rs, i) -> {
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
    public long[] outsideGroups(String pathFilter, YearMonth month) {
        MapSqlParameterSource params = new MapSqlParameterSource("prefix", pathFilter + "%")
                .addValue("from", Date.valueOf(month.atDay(1))).addValue("to", Date.valueOf(month.atEndOfMonth()));
        return jdbc.queryForObject(queries.outsideGroups, params, (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
    }

    @Override
    public List<Highlight> largest(String pathFilter, YearMonth month, Figure figure, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("prefix", pathFilter + "%")
                .addValue("from", Date.valueOf(month.atDay(1))).addValue("to", Date.valueOf(month.atEndOfMonth()))
                .addValue("limit", limit);
        return jdbc.query(queries.largest(figure), params,
                (rs, i) -> new Highlight(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getDate(5).toLocalDate(), figure, rs.getBigDecimal(6)));
    }
}
