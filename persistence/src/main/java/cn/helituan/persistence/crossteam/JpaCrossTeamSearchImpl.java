package cn.helituan.persistence.crossteam;

import cn.helituan.domain.crossteam.CrossTeamMemberRow;
import cn.helituan.domain.crossteam.CrossTeamRow;
import cn.helituan.domain.crossteam.CrossTeamSheetRow;
import cn.helituan.domain.team.UnitField;
import cn.helituan.persistence.common.SqlFiles;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The team list with its figures: one statement (the page, each row with the total) whatever the page's size; the
 * exports two (count, page) (sql/crossteam/list.sql).
 */
class JpaCrossTeamSearchImpl implements JpaCrossTeamSearch {

    private static final Map<String, String> SQL = SqlFiles.parts("sql/crossteam/list.sql");

    private final NamedParameterJdbcTemplate jdbc;

    JpaCrossTeamSearchImpl(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page<CrossTeamRow> search(String prefix, Long memberId, String memberPrefix, Integer year,
                                     Pageable pageable) {
        MapSqlParameterSource p = reach(prefix, memberId, memberPrefix, year)
                .addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        long[] total = {0};
        List<CrossTeamRow> rows = jdbc.query(sql("page"), p, (rs, i) -> {
            total[0] = rs.getLong("total");
            return new CrossTeamRow(rs.getLong("id"), rs.getString("name"),
                    UnitField.valueOf(rs.getString("field")), rs.getInt("year"), rs.getString("leader_name"),
                    rs.getString("deputy_name"), rs.getLong("members"), rs.getLong("towns"),
                    rs.getLong("activities"), rs.getBigDecimal("allocation"), rs.getBigDecimal("spent"));
        });
        if (rows.isEmpty() && pageable.getOffset() > 0) {
            // past the last page: no row to carry the total
            Long counted = jdbc.queryForObject(sql("count"), p, Long.class);
            return new PageImpl<>(rows, pageable, counted == null ? 0 : counted);
        }
        return new PageImpl<>(rows, pageable, total[0]);
    }

    @Override
    public Page<CrossTeamSheetRow> sheet(String prefix, Long memberId, String memberPrefix, Integer year,
                                         Pageable pageable) {
        return page("count", "sheet", reach(prefix, memberId, memberPrefix, year), pageable,
                (rs, i) -> new CrossTeamSheetRow(rs.getString("name"), rs.getInt("year"),
                        UnitField.valueOf(rs.getString("field")), rs.getString("unit_path"),
                        rs.getString("leader_name"), rs.getString("leader_mobile"), rs.getString("deputy_name"),
                        rs.getString("deputy_mobile"), rs.getBigDecimal("allocation"), rs.getString("towns"),
                        rs.getInt("days_min"), rs.getInt("days_max")));
    }

    @Override
    public Page<CrossTeamMemberRow> memberSheet(String prefix, Long memberId, String memberPrefix, Integer year,
                                                Pageable pageable) {
        return page("members-count", "members-page", reach(prefix, memberId, memberPrefix, year), pageable,
                (rs, i) -> new CrossTeamMemberRow(rs.getString("team_name"), rs.getInt("year"),
                        rs.getString("name"), rs.getString("mobile")));
    }

    /** The count, then (when there is anything) the page's rows: two statements whatever the page's size. */
    private <T> Page<T> page(String count, String rows, MapSqlParameterSource p, Pageable pageable,
                             RowMapper<T> row) {
        Long total = jdbc.queryForObject(sql(count), p, Long.class);
        if (total == null || total == 0) {
            return Page.empty(pageable);
        }
        p.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        return new PageImpl<>(jdbc.query(sql(rows), p, row), pageable, total);
    }

    /** The statement after the teams the reader finds ({@code found}). */
    private static String sql(String name) {
        return SQL.get("found") + "\n" + SQL.get(name);
    }

    private static MapSqlParameterSource reach(String prefix, Long memberId, String memberPrefix, Integer year) {
        return new MapSqlParameterSource()
                .addValue("prefix", prefix, java.sql.Types.VARCHAR)
                .addValue("memberId", memberId, java.sql.Types.BIGINT)
                .addValue("sub", memberPrefix, java.sql.Types.VARCHAR)
                .addValue("year", year, java.sql.Types.INTEGER);
    }
}
