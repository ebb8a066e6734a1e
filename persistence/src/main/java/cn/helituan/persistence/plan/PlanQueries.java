package cn.helituan.persistence.plan;

import cn.helituan.domain.plan.PlanFilter;
import cn.helituan.domain.plan.TaskKind;
import cn.helituan.persistence.common.SqlFiles;
import java.util.Map;

/**
 * The plan list's statements, read from {@code sql/plan/plans.sql} with a task's actual from {@link TaskSql}, and
 * put together for a filter: the optional conditions ({@code in-path}, {@code missing}, {@code with-status},
 * {@code with-kind}, {@code open}) go where the statement names them, or are left out.
 */
final class PlanQueries {

    private final String rows;
    private final String count;
    private final String tally;
    private final String from;
    private final String inPath;
    private final String missing;
    private final String withStatus;
    private final String actuals;
    private final String taskRows;
    private final String withKind;
    private final String open;
    private final String taskPage;
    private final String taskCount;

    PlanQueries() {
        Map<String, String> parts = SqlFiles.parts("sql/plan/plans.sql");
        String tasks = fill(parts.get("tasks"));
        rows = parts.get("rows").replace("${tasks}", tasks);
        count = parts.get("count");
        tally = parts.get("tally").replace("${tasks}", tasks);
        from = parts.get("from");
        inPath = parts.get("in-path");
        missing = parts.get("missing");
        withStatus = parts.get("with-status");
        actuals = fill(parts.get("actuals"));
        taskRows = fill(parts.get("task-rows"));
        withKind = parts.get("with-kind");
        open = parts.get("open");
        taskPage = parts.get("task-page");
        taskCount = parts.get("task-count");
    }

    private static String fill(String sql) {
        return sql.replace("${actual-confirmed}", TaskSql.ACTUAL.replace("then s.", "then s.c_"))
                .replace("${actual}", TaskSql.ACTUAL).replace("${sums}", TaskSql.SUMS);
    }

    /** A page of the filter's groups, each with its plan's tasks counted. */
    String rows(PlanFilter filter) {
        return rows.replace("${from}", from(filter));
    }

    String count(PlanFilter filter) {
        return count.replace("${from}", from(filter));
    }

    /** The year's figures: the plans by state and their tasks, of the live groups under the filter's path. */
    String tally(PlanFilter filter) {
        return tally.replace("${in-path}", filter.pathPrefix() == null ? "" : inPath)
                .replace("${from}", from(new PlanFilter(filter.year(), filter.pathPrefix(), null, false)));
    }

    /** The actuals of the tasks {@code :ids}. */
    String actuals() {
        return actuals;
    }

    /** A page of the year's live tasks in scope. */
    String tasks(PlanFilter filter, TaskKind kind, boolean open) {
        return taskPage.replace("${task-rows}", taskRows(filter, kind, open));
    }

    String countTasks(PlanFilter filter, TaskKind kind, boolean open) {
        return taskCount.replace("${task-rows}", taskRows(filter, kind, open));
    }

    private String taskRows(PlanFilter filter, TaskKind kind, boolean open) {
        return taskRows.replace("${in-path}", filter.pathPrefix() == null ? "" : inPath)
                .replace("${with-kind}", kind == null ? "" : withKind).replace("${open}", open ? this.open : "");
    }

    private String from(PlanFilter filter) {
        StringBuilder sql = new StringBuilder(from);
        if (filter.pathPrefix() != null) {
            sql.append(' ').append(inPath);
        }
        if (filter.missing()) {
            sql.append(' ').append(missing);
        } else if (filter.status() != null) {
            sql.append(' ').append(withStatus);
        }
        return sql.toString();
    }
}
