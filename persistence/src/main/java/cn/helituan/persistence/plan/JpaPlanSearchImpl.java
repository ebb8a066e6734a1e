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
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The plan list is of groups (every live group under the path, with its plan for the year if it has one) so that the
 * groups that have not started theirs are on it. A task's actual is the sum, over the activities logged against it
 * (withdrawn ones aside), of the column of its target figure (FUNDS_SECURED → funds_secured); it is done when marked
 * so or when that sum reaches its target. The page is two statements (the rows, each with its tasks counted), the
 * year's figures one.
 */
class JpaPlanSearchImpl implements JpaPlanSearch {

    private static final String ACTUAL = TaskSql.ACTUAL;
    private static final String SUMS = TaskSql.SUMS;

    /** The tasks of the plans {@code p} with whether each is done. */
    private static final String TASKS = """
            select t.plan_id, t.done_on is not null or (t.target_figure is not null
                   and coalesce(%s, 0) >= t.target_value) as done
            from plan_task t
            left join lateral (select 1 as x%s from activity a where a.task_id = t.id) s on true
            where not t.removed""";

    private final NamedParameterJdbcTemplate jdbc;

    JpaPlanSearchImpl(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PlanRow> rows(PlanFilter filter, long offset, int limit) {
        MapSqlParameterSource params = params(filter).addValue("limit", limit).addValue("offset", offset);
        String sql = "with tasks as (" + TASKS.formatted(ACTUAL, SUMS)
                + " and t.plan_id in (select p.id from annual_plan p where p.year = :year))"
                + " select g.id, g.name, g.path, p.id plan_id, p.status, p.submitted_at,"
                + " (select count(*) from tasks where tasks.plan_id = p.id),"
                + " (select count(*) from tasks where tasks.plan_id = p.id and tasks.done)"
                + from(filter) + " order by g.path limit :limit offset :offset";
        return jdbc.query(sql, params, (rs, i) -> {
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
        Long count = jdbc.queryForObject("select count(*)" + from(filter), params(filter), Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public PlanTally tally(PlanFilter filter) {
        MapSqlParameterSource params = params(filter);
        String sql = "with tasks as (" + TASKS.formatted(ACTUAL, SUMS)
                + " and t.plan_id in (select p.id from annual_plan p join unit g on g.id = p.group_id"
                + " where p.year = :year and not g.archived" + (filter.pathPrefix() == null ? ""
                : " and g.path like :prefix") + "))"
                + " select count(*), count(*) filter (where p.status = 'SUBMITTED'),"
                + " count(*) filter (where p.status = 'APPROVED'),"
                + " count(*) filter (where p.status is null or p.status in ('DRAFT', 'RETURNED')),"
                + " (select count(*) from tasks), (select count(*) from tasks where done)"
                + from(new PlanFilter(filter.year(), filter.pathPrefix(), null, false));
        return jdbc.queryForObject(sql, params, (rs, i) -> new PlanTally(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                rs.getLong(4), rs.getLong(5), rs.getLong(6)));
    }

    @Override
    public Map<Long, TaskActual> actuals(Collection<Long> taskIds) {
        Map<Long, TaskActual> actuals = new HashMap<>();
        if (taskIds.isEmpty()) {
            return actuals;
        }
        String sql = "select t.id, s.n, coalesce(" + ACTUAL + ", 0), coalesce("
                + ACTUAL.replace("then s.", "then s.c_") + ", 0) from plan_task t"
                + " left join lateral (select count(*) filter (where a.status <> 'WITHDRAWN') n" + SUMS
                + " from activity a where a.task_id = t.id) s on true where t.id in (:ids)";
        jdbc.query(sql, new MapSqlParameterSource("ids", taskIds), rs -> {
            BigDecimal reported = rs.getBigDecimal(3);
            BigDecimal confirmed = rs.getBigDecimal(4);
            actuals.put(rs.getLong(1), new TaskActual(rs.getLong(2), reported, confirmed));
        });
        return actuals;
    }

    /** The year's live tasks in scope with each one's actual and whether it is done (the task list). */
    private static String taskRows(PlanFilter f, TaskKind kind, boolean open) {
        return "select * from (select t.id, p.id plan_id, g.name, t.kind, t.title, t.target_figure, t.target_value,"
                + " coalesce(" + ACTUAL + ", 0) actual, t.due_on, t.done_on is not null or (t.target_figure is not null"
                + " and coalesce(" + ACTUAL + ", 0) >= t.target_value) done, m.name owner, g.path, t.id tid"
                + " from plan_task t join annual_plan p on p.id = t.plan_id join unit g on g.id = p.group_id"
                + " left join member m on m.id = t.owner_id"
                + " left join lateral (select 1 as x" + SUMS + " from activity a where a.task_id = t.id) s on true"
                + " where not t.removed and p.year = :year and not g.archived"
                + (f.pathPrefix() == null ? "" : " and g.path like :prefix")
                + (kind == null ? "" : " and t.kind = :kind") + ") r" + (open ? " where not r.done" : "");
    }

    @Override
    public List<TaskRow> tasks(PlanFilter filter, TaskKind kind, boolean open, long offset, int limit) {
        MapSqlParameterSource params = params(filter).addValue("limit", limit).addValue("offset", offset);
        if (kind != null) {
            params.addValue("kind", kind.name());
        }
        return jdbc.query(taskRows(filter, kind, open) + " order by r.path, r.kind desc, r.due_on, r.tid"
                + " limit :limit offset :offset", params, (rs, i) -> {
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
        Long count = jdbc.queryForObject("select count(*) from (" + taskRows(filter, kind, open) + ") c", params,
                Long.class);
        return count == null ? 0 : count;
    }

    private static String from(PlanFilter f) {
        StringBuilder sql = new StringBuilder(" from unit g left join annual_plan p on p.group_id = g.id"
                + " and p.year = :year where g.kind = 'GROUP' and not g.archived");
        if (f.pathPrefix() != null) {
            sql.append(" and g.path like :prefix");
        }
        if (f.missing()) {
            sql.append(" and (p.id is null or p.status in ('DRAFT', 'RETURNED'))");
        } else if (f.status() != null) {
            sql.append(" and p.status = :status");
        }
        return sql.toString();
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
