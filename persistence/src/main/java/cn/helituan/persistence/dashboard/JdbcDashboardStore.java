package cn.helituan.persistence.dashboard;

import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.dashboard.DashboardStore;
import cn.helituan.domain.dashboard.MonthOutcomes;
import cn.helituan.domain.dashboard.Outcomes;
import cn.helituan.domain.dashboard.SilentGroup;
import cn.helituan.domain.dashboard.Structure;
import cn.helituan.domain.dashboard.TypeCount;
import cn.helituan.domain.dashboard.UnitOutcomes;
import cn.helituan.domain.team.UnitKind;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's reads: activity figures from V22's tallies (a scope's year is a dozen rows per root unit, its
 * sub-teams' a dozen each), the structure from the tree and the active relationships, the silent groups on the
 * activity's (group, date) index. The tallies' figure columns are named after {@link Figure}
 * (FUNDS_SECURED → funds_secured_reported, funds_secured_confirmed).
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JdbcDashboardStore implements DashboardStore {

    private final DashboardQueries queries = new DashboardQueries();
    private final NamedParameterJdbcTemplate jdbc;

    @Override
    public List<Long> roots(String pathFilter, Long unitId) {
        if (pathFilter != null && !pathFilter.isEmpty()) {
            return List.of(unitId);
        }
        return jdbc.queryForList(queries.roots, new MapSqlParameterSource(), Long.class);
    }

    @Override
    public List<MonthOutcomes> trend(List<Long> roots, YearMonth first, YearMonth last) {
        Map<YearMonth, Outcomes> byMonth = new LinkedHashMap<>();
        jdbc.query(queries.trend, months(roots, first, last), rs -> {
                    byMonth.put(YearMonth.from(rs.getDate(1).toLocalDate()), outcomes(rs, 2));
                });
        List<MonthOutcomes> trend = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            trend.add(new MonthOutcomes(month, byMonth.getOrDefault(month, Outcomes.none())));
        }
        return trend;
    }

    @Override
    public List<UnitOutcomes> byUnit(List<Long> roots, YearMonth first, YearMonth last) {
        return jdbc.query(queries.byUnit, months(roots, first, last),
                (rs, i) -> new UnitOutcomes(rs.getLong(1), rs.getString(2), UnitKind.valueOf(rs.getString(3)),
                        rs.getBoolean(4), outcomes(rs, 5)));
    }

    @Override
    public List<TypeCount> byType(List<Long> roots, YearMonth first, YearMonth last) {
        return jdbc.query(queries.byType, months(roots, first, last),
                (rs, i) -> new TypeCount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5)));
    }

    @Override
    public long disputed(List<Long> roots) {
        Long n = jdbc.queryForObject(queries.disputed, new MapSqlParameterSource("roots", array(roots)),
                Long.class);
        return n == null ? 0 : n;
    }

    @Override
    public Structure structure(String pathFilter, long members, LocalDate day) {
        MapSqlParameterSource params = path(pathFilter).addValue("day", Date.valueOf(day));
        long[] units = new long[2];
        jdbc.query(queries.units, params, rs -> {
                    units[0] = rs.getLong(1);
                    units[1] = rs.getLong(2);
                });
        Map<AssistedKind, Long> objects = new EnumMap<>(AssistedKind.class);
        long[] paired = new long[2];
        jdbc.query(queries.pairedObjects, params, rs -> {
                    AssistedKind kind = AssistedKind.valueOf(rs.getString(1));
                    objects.put(kind, rs.getLong(2));
                    if (kind == AssistedKind.ENTERPRISE) {
                        paired[0] = rs.getLong(3);
                    }
                    paired[1] += rs.getLong(4);
                });
        return new Structure(members, units[0], units[1], objects, paired[0], paired[1], day);
    }

    /** The silent groups: no activity (withdrawn ones aside) since the day, each probed on (group, date, id). */
    @Override
    public Silent silentGroups(String pathFilter, LocalDate since, int limit) {
        MapSqlParameterSource params = path(pathFilter).addValue("since", Date.valueOf(since)).addValue("limit", limit);
        long[] total = new long[1];
        // the first groups with how many there are in all (counted before the limit), then each one's leader
        List<SilentGroup> first = jdbc.query(queries.silentGroups, params, (rs, i) -> {
                    total[0] = rs.getLong(6);
                    return new SilentGroup(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate());
                });
        return new Silent(first, total[0]);
    }

    private static MapSqlParameterSource months(List<Long> roots, YearMonth first, YearMonth last) {
        return new MapSqlParameterSource("roots", array(roots)).addValue("first", Date.valueOf(first.atDay(1)))
                .addValue("last", Date.valueOf(last.atDay(1)));
    }

    private static MapSqlParameterSource path(String pathFilter) {
        return new MapSqlParameterSource("prefix", (pathFilter == null ? "" : pathFilter) + "%");
    }

    /** One array parameter (a list would be a placeholder per id, parsed anew each time). */
    private static String array(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private static Outcomes outcomes(ResultSet rs, int column) throws SQLException {
        Map<Figure, BigDecimal> reported = new EnumMap<>(Figure.class);
        Map<Figure, BigDecimal> confirmed = new EnumMap<>(Figure.class);
        int c = column + 3;
        for (Figure figure : Figure.values()) {
            reported.put(figure, decimal(rs.getBigDecimal(c++)));
            confirmed.put(figure, decimal(rs.getBigDecimal(c++)));
        }
        return new Outcomes(rs.getLong(column), rs.getLong(column + 1), rs.getLong(column + 2), reported, confirmed);
    }

    private static BigDecimal decimal(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
