package cn.helituan.persistence.plan;

import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.plan.PlanFilter;
import cn.helituan.domain.plan.PlanRow;
import cn.helituan.domain.plan.PlanStatus;
import cn.helituan.domain.plan.PlanTally;
import cn.helituan.domain.plan.TaskActual;
import cn.helituan.domain.plan.TaskKind;
import cn.helituan.domain.plan.TaskRow;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The plan list is of groups (every live group under the path, with its plan for the year if it has one) so that the
 * groups that have not started theirs are on it. A task's actual is the sum, over the activities logged against it
 * (withdrawn ones aside), of the column of its target figure (FUNDS_SECURED → funds_secured); it is done when marked
 * so or when that sum reaches its target. The page is two statements (the rows, each with its tasks counted), the
 * year's figures one. The statements are {@link PlanQueries}.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JpaPlanSearchImpl implements JpaPlanSearch {

    private final PlanQueries queries = new PlanQueries();
    private final NamedParameterJdbcTemplate jdbc;

    @Override
    public List<PlanRow> rows(PlanFilter filter, long offset, int limit) {
        MapSqlParameterSource params = params(filter).addValue("limit", limit).addValue("offset", offset);
        return jdbc.query(queries.rows(filter), params, (rs, i) -> {
            long planId = rs.getLong(4);
            boolean none = rs.wasNull();
            String status = rs.getString(5);
            Timestamp submitted = rs.getTimestamp(6);
            return new PlanRow(rs.getLong(1), rs.getString(2), rs.getString(3), none ? null : planId,
                    status == null ? null : PlanStatus.valueOf(status),
                    submitted == null ? null : submitted.toInstant(), rs.getLong(7), rs.getLong(8));
        });
    }

    @Override
    public long count(PlanFilter filter) {
        Long count = jdbc.queryForObject(queries.count(filter), params(filter), Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public PlanTally tally(PlanFilter filter) {
        return jdbc.queryForObject(queries.tally(filter), params(filter), (rs, i) -> new PlanTally(rs.getLong(1),
                rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
    }

    @Override
    public Map<Long, TaskActual> actuals(Collection<Long> taskIds) {
        Map<Long, TaskActual> actuals = new HashMap<>();
        if (taskIds.isEmpty()) {
            return actuals;
        }
        jdbc.query(queries.actuals(), new MapSqlParameterSource("ids", taskIds), rs -> {
            BigDecimal reported = rs.getBigDecimal(3);
            BigDecimal confirmed = rs.getBigDecimal(4);
            actuals.put(rs.getLong(1), new TaskActual(rs.getLong(2), reported, confirmed));
        });
        return actuals;
    }

    @Override
    public List<TaskRow> tasks(PlanFilter filter, TaskKind kind, boolean open, long offset, int limit) {
        MapSqlParameterSource params = params(filter).addValue("limit", limit).addValue("offset", offset);
        if (kind != null) {
            params.addValue("kind", kind.name());
        }
        return jdbc.query(queries.tasks(filter, kind, open), params, (rs, i) -> {
                    String figure = rs.getString(6);
                    java.sql.Date due = rs.getDate(9);
                    return new TaskRow(rs.getLong(1), rs.getLong(2), rs.getString(3), TaskKind.valueOf(rs.getString(4)),
                            rs.getString(5), figure == null ? null : Figure.valueOf(figure), rs.getBigDecimal(7),
                            rs.getBigDecimal(8), due.toLocalDate(), rs.getBoolean(10), rs.getString(11));
                });
    }

    @Override
    public long countTasks(PlanFilter filter, TaskKind kind, boolean open) {
        MapSqlParameterSource params = params(filter);
        if (kind != null) {
            params.addValue("kind", kind.name());
        }
        Long count = jdbc.queryForObject(queries.countTasks(filter, kind, open), params, Long.class);
        return count == null ? 0 : count;
    }

    private static MapSqlParameterSource params(PlanFilter f) {
        MapSqlParameterSource params = new MapSqlParameterSource("year", f.year());
        if (f.pathPrefix() != null) {
            params.addValue("prefix", f.pathPrefix() + "%");
        }
        if (f.status() != null) {
            params.addValue("status", f.status().name());
        }
        return params;
    }
}
