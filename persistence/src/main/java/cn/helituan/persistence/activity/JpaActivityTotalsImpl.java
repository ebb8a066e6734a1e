package cn.helituan.persistence.activity;

import cn.helituan.domain.activity.ActivityStatus;
import cn.helituan.domain.activity.ActivityTotals;
import cn.helituan.domain.activity.Figure;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.EnumMap;
import java.util.Map;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One statement per list page for the totals of its filter: every figure summed over the activities not withdrawn,
 * and over the confirmed ones. The figures' columns are named after {@link Figure} (FUNDS_SECURED → funds_secured).
 */
class JpaActivityTotalsImpl implements JpaActivityTotals {

    private static final String SUMS;

    static {
        StringBuilder sums = new StringBuilder("count(*), count(*) filter (where a.status = 'CONFIRMED')");
        for (Figure figure : Figure.values()) {
            String column = "a." + figure.name().toLowerCase();
            sums.append(", coalesce(sum(").append(column).append("), 0)")
                    .append(", coalesce(sum(").append(column).append(") filter (where a.status = 'CONFIRMED'), 0)");
        }
        SUMS = sums.toString();
    }

    private final JdbcTemplate jdbc;

    JpaActivityTotalsImpl(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ActivityTotals totalsInPath(String pathPrefix, LocalDate from, LocalDate to, Long typeId,
                                       ActivityStatus status) {
        return totals("join unit g on g.id = a.group_id where g.path like ? || '%'", pathPrefix, from, to, typeId,
                status);
    }

    @Override
    public ActivityTotals totalsOfObject(Long objectId, LocalDate from, LocalDate to, Long typeId,
                                         ActivityStatus status) {
        return totals("where exists (select 1 from activity_object p where p.activity_id = a.id and p.object_id = ?)",
                objectId, from, to, typeId, status);
    }

    private ActivityTotals totals(String where, Object key, LocalDate from, LocalDate to, Long typeId,
                                  ActivityStatus status) {
        // type and status always bound (null: any), as in the list's own query
        String sql = "select " + SUMS + " from activity a " + where + " and a.occurred_on between ? and ?"
                + " and (?::bigint is null or a.type_id = ?) and (?::varchar is null or a.status = ?)"
                + " and a.status <> 'WITHDRAWN'";
        String statusName = status == null ? null : status.name();
        return jdbc.query(sql, ps -> {
            ps.setObject(1, key);
            ps.setDate(2, Date.valueOf(from));
            ps.setDate(3, Date.valueOf(to));
            ps.setObject(4, typeId, java.sql.Types.BIGINT);
            ps.setObject(5, typeId, java.sql.Types.BIGINT);
            ps.setString(6, statusName);
            ps.setString(7, statusName);
        }, rs -> {
            rs.next();
            Map<Figure, BigDecimal> reported = new EnumMap<>(Figure.class);
            Map<Figure, BigDecimal> confirmed = new EnumMap<>(Figure.class);
            int column = 3;
            for (Figure figure : Figure.values()) {
                reported.put(figure, rs.getBigDecimal(column++));
                confirmed.put(figure, rs.getBigDecimal(column++));
            }
            return new ActivityTotals(rs.getLong(1), rs.getLong(2), reported, confirmed);
        });
    }
}
