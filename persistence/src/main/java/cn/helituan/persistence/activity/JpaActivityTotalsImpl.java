package cn.helituan.persistence.activity;

import cn.helituan.domain.activity.ActivityStatus;
import cn.helituan.domain.activity.ActivityTotals;
import cn.helituan.domain.activity.Figure;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.util.Collection;
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
    public ActivityTotals totalsInPath(String pathPrefix, LocalDate from, LocalDate to, Collection<Long> typeIds,
                                       Collection<ActivityStatus> statuses) {
        return totals("join unit g on g.id = a.group_id where g.path like ? || '%'", pathPrefix, from, to, typeIds,
                statuses);
    }

    @Override
    public ActivityTotals totalsOfObject(Long objectId, LocalDate from, LocalDate to, Collection<Long> typeIds,
                                         Collection<ActivityStatus> statuses) {
        return totals("where exists (select 1 from activity_object p where p.activity_id = a.id and p.object_id = ?)",
                objectId, from, to, typeIds, statuses);
    }

    private ActivityTotals totals(String where, Object key, LocalDate from, LocalDate to, Collection<Long> typeIds,
                                  Collection<ActivityStatus> statuses) {
        String sql = "select " + SUMS + " from activity a " + where + " and a.occurred_on between ? and ?"
                + " and a.type_id = any(?) and a.status = any(?) and a.status <> 'WITHDRAWN'";
        return jdbc.query(sql, ps -> {
            ps.setObject(1, key);
            ps.setDate(2, Date.valueOf(from));
            ps.setDate(3, Date.valueOf(to));
            Array types = ps.getConnection().createArrayOf("bigint", typeIds.toArray());
            Array states = ps.getConnection().createArrayOf("varchar",
                    statuses.stream().map(Enum::name).toArray());
            ps.setArray(4, types);
            ps.setArray(5, states);
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
