package cn.helituan.persistence.common;

import cn.helituan.domain.common.StampedReads;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link StampedReads} over V93's {@code todo_stamp} counters: one statement sums the stamps' rows (64 slots each) and
 * tells whether the transaction has written. Each application instance keeps its own values; the database's counters
 * make them agree. At most {@link #KEPT} values, the least recently read dropped first.
 */
@Component
class JdbcStampedReads implements StampedReads {

    static final int KEPT = 1024;

    private final JdbcTemplate jdbc;
    private final KeptBySum<List<Object>, Object> kept = new KeptBySum<>(KEPT);

    JdbcStampedReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(List<String> stamps, Object key, Supplier<T> compute) {
        Sum sum = jdbc.queryForObject("select coalesce(sum(n), 0), pg_current_xact_id_if_assigned() is null"
                        + " from todo_stamp where stamp = any(cast(? as text[]))",
                (rs, i) -> new Sum(rs.getLong(1), rs.getBoolean(2)), "{" + String.join(",", stamps) + "}");
        // kept only in a read-only transaction: a writing one may hold writes Hibernate has not flushed yet (no
        // transaction id, so the sum says clean), which the computation would read and then roll back
        boolean clean = sum.clean() && TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        return (T) kept.get(List.of(stamps, key), sum.n(), clean, compute);
    }

    private record Sum(long n, boolean clean) {
    }
}
