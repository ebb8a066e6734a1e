package cn.helituan.persistence.activity;

import cn.helituan.domain.activity.ActivityExportLine;
import cn.helituan.domain.activity.ActivityExportRows;
import cn.helituan.domain.activity.ActivityFilter;
import cn.helituan.domain.activity.ActivityStatus;
import cn.helituan.domain.activity.ActivityType;
import cn.helituan.domain.activity.Figure;
import cn.helituan.persistence.common.SqlFiles;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The activity export as one statement ({@code sql/activity/export.sql}) with the list's own filter
 * ({@link JpaActivitySearchImpl#where}) and order, read {@value #FETCH} rows at a time from a cursor (PostgreSQL
 * streams with a fetch size inside a transaction): a million rows pass through without a page, an entity or a
 * persistence context. The figures' columns are named after {@link Figure}, as everywhere.
 */
@Repository
class ActivityExportSql implements ActivityExportRows {

    static final int FETCH = 2_000;
    private static final Map<String, String> SQL = SqlFiles.parts("sql/activity/export.sql");
    private static final Figure[] FIGURES = Figure.values();
    private static final String FIGURE_COLUMNS;

    static {
        StringBuilder columns = new StringBuilder();
        for (Figure figure : FIGURES) {
            columns.append("       a.").append(figure.name().toLowerCase()).append(",\n");
        }
        FIGURE_COLUMNS = columns.toString();
    }

    private final NamedParameterJdbcTemplate jdbc;

    ActivityExportSql(DataSource dataSource) {
        // its own template: the fetch size is this statement's, not every other query's
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH);
        this.jdbc = new NamedParameterJdbcTemplate(template);
    }

    /**
     * The rows are made in id order and then sorted into the list's order: the activities' objects and members are
     * stored by activity id, so their lookups walk their indexes from one end to the other (in the list's order, by
     * date, each lookup landed on another page: 2.5 million pages read instead of 42,000 for a million activities,
     * 104 s instead of 31 s for the statement on the loaded bench host); the sort of the finished rows is one pass.
     */
    static String sql(JpaActivitySearchImpl.Where where, ActivityExportRows.Members members) {
        return SQL.get("order-head") + "\n" + SQL.get("head") + "\n"
                + SQL.get(switch (members) {
                    case WHOLE -> "members-roster";
                    case STARRED -> "members-starred";
                    case NAMES -> "members-names";
                }) + "\n" + FIGURE_COLUMNS + SQL.get("tail")
                + where.sql() + "\n" + SQL.get("order-tail");
    }

    @Override
    public void each(ActivityFilter filter, ActivityExportRows.Members members, Map<Long, ActivityType> types,
                     Consumer<ActivityExportLine> rows) {
        JpaActivitySearchImpl.Where where = JpaActivitySearchImpl.where(filter, false);
        // the final sort's memory, for this transaction only (a million rows: some 230 MB, mostly on disk anyway)
        jdbc.getJdbcTemplate().execute("set local work_mem = '64MB'");
        jdbc.query(sql(where, members), where.params(), (ResultSet rs) -> {
            rows.accept(line(rs, types));
        });
    }

    private static ActivityExportLine line(ResultSet rs, Map<Long, ActivityType> types) throws SQLException {
        Map<Figure, BigDecimal> figures = new EnumMap<>(Figure.class);
        int column = 11;
        for (Figure figure : FIGURES) {
            BigDecimal value = rs.getBigDecimal(column++);
            if (value != null) {
                figures.put(figure, value);
            }
        }
        return new ActivityExportLine(rs.getLong(1), rs.getObject(2, LocalDate.class), types.get(rs.getLong(3)), rs.getLong(4),
                rs.getString(5), rs.getString(6), rs.getString(7), ActivityStatus.valueOf(rs.getString(8)),
                rs.getString(9), rs.getString(10), rs.getInt(column), rs.getString(column + 1),
                figures, rs.getString(column + 2), rs.getString(column + 3), rs.getString(column + 4),
                rs.getObject(column + 5, LocalDate.class));
    }
}
