package cn.helituan.persistence.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows written by one {@code insert … select * from unnest(?::type[], …)}: each column's values as one array
 * parameter, in the order the columns are added — one statement for any number of rows where Hibernate would send
 * an insert a row (identity keys are never batched).
 */
final class ArrayInsert<T> {

    /** What the statement's columns are, each added by {@link ArrayInsert#add}. */
    @FunctionalInterface
    interface Columns<T> {
        void addTo(ArrayInsert<T> insert) throws SQLException;
    }

    private final Connection con;
    private final PreparedStatement ps;
    private final List<T> rows;
    private int index;

    private ArrayInsert(Connection con, PreparedStatement ps, List<T> rows) {
        this.con = con;
        this.ps = ps;
        this.rows = rows;
    }

    /** Inserts the rows by {@code sql} (nothing at all when there are none). */
    static <T> void run(JdbcTemplate jdbc, String sql, List<T> rows, Columns<T> columns) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(sql);
            columns.addTo(new ArrayInsert<>(con, ps, rows));
            return ps;
        });
    }

    /** The next parameter: the column's value of every row, as an array of the SQL type. */
    void add(String type, Function<T, Object> column) throws SQLException {
        ps.setArray(++index, con.createArrayOf(type, rows.stream().map(column).toArray()));
    }
}
