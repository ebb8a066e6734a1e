package cn.helituan.persistence.history;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The rows the current transaction has copied into each table ({@link PgBulkInserts}), and the planner's statistics
 * of those tables kept in step with them: a table's row count in {@code pg_class} that is below half of what this
 * transaction alone has copied into it is brought up to date by {@code ANALYZE} (which counts the transaction's own
 * uncommitted rows).
 *
 * <p>A large import is one transaction, and without this its look-ups are planned for the table as it was: at the
 * start, or — worse — as autovacuum leaves it when it cleans up after a rolled-back check pass in the middle of the
 * import (it counts only committed rows, so a million-row table is said to hold 19): the ledger's identity look-up then
 * read the whole table on every batch instead of probing its index (docs/performance.md, "The ledger import on a quiet
 * host"). Called once a batch ({@code flushAndDetach}); it costs one catalogue query, and an {@code ANALYZE} only when
 * the count has fallen behind — about once each time a table doubles, and once after each such autovacuum.
 */
@Component
public class CopiedRows {

    private static final Object KEY = new Object();

    private final JdbcTemplate jdbc;

    CopiedRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts rows copied into a table by this transaction (nothing outside one). */
    void add(String table, long rows) {
        if (rows > 0 && TransactionSynchronizationManager.isSynchronizationActive()) {
            counts().merge(table, rows, Long::sum);
        }
    }

    /** Analyzes each table this transaction has copied rows into whose planner row count is below half of them. */
    public void analyzeWhereBehind() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.hasResource(KEY)) {
            return;
        }
        Map<String, Long> counts = counts();
        String[] tables = counts.keySet().toArray(String[]::new);
        List<String> behind = jdbc.query("select c.relname, c.reltuples from pg_class c where c.oid = any (?::regclass[])",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", tables)),
                (rs, i) -> rs.getDouble(2) < counts.getOrDefault(rs.getString(1), 0L) / 2.0 ? rs.getString(1) : null);
        behind.stream().filter(Objects::nonNull).forEach(table -> jdbc.execute("analyze " + table));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> counts() {
        Map<String, Long> counts = (Map<String, Long>) TransactionSynchronizationManager.getResource(KEY);
        if (counts == null) {
            Map<String, Long> fresh = new TreeMap<>();
            TransactionSynchronizationManager.bindResource(KEY, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
            return fresh;
        }
        return counts;
    }
}
