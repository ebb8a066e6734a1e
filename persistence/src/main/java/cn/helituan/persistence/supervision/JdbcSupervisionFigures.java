package cn.helituan.persistence.supervision;

import cn.helituan.domain.supervision.SupervisionFigures;
import cn.helituan.domain.supervision.SupervisionMonth;
import cn.helituan.persistence.common.SqlFiles;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The month's supervision figures in three statements (sql/supervision/month.sql). */
@Repository
class JdbcSupervisionFigures implements SupervisionFigures {

    private static final Map<String, String> SQL = SqlFiles.parts("sql/supervision/month.sql");

    private final NamedParameterJdbcTemplate jdbc;

    JdbcSupervisionFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SupervisionMonth month(String prefix, YearMonth month, LocalDate today) {
        MapSqlParameterSource params = new MapSqlParameterSource("prefix", prefix)
                .addValue("from", month.atDay(1)).addValue("until", month.plusMonths(1).atDay(1))
                .addValue("today", today);
        long[] totals = jdbc.queryForObject(SQL.get("totals"), params, (rs, n) -> new long[] {
            rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
        List<SupervisionMonth.Line> items = jdbc.query(SQL.get("items"), params, (rs, n) ->
                new SupervisionMonth.Line(null, rs.getString(1), null, rs.getLong(2), rs.getLong(3), rs.getLong(4)));
        List<SupervisionMonth.Line> groups = jdbc.query(SQL.get("groups"), params, (rs, n) ->
                new SupervisionMonth.Line(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)));
        return new SupervisionMonth(totals[0], totals[1], totals[2], totals[3], totals[4], items, groups);
    }
}
