package cn.helituan.persistence.station;

import cn.helituan.domain.station.KeptFigures;
import cn.helituan.persistence.common.KeptBySum;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the stationed cadres' figures every page of the dashboard shows (the month's attendance rate and missing
 * check-ins — a classification of every stationed cadre's every day, a second of the database for a province —, the
 * cadres stationed on the day and the day's check-ins) with
 * what they were computed after: the sum of {@code station_attendance_stamp}'s counters (V92), which every write the
 * statement reads raises in its own transaction. A reader first reads the sum, then the kept figures if they were
 * computed after that very sum — no write they depend on has committed since, so they are what the statement would
 * give now — or computes them and keeps them with it. The sum is read before the figures, so figures kept under a
 * sum are never older than it (a write committed in between makes them newer, and raises the sum the next reader
 * sees). Each application instance keeps its own; the database's counters make them agree. The key holds the
 * filter's day, so a new day (absent days follow the date) computes afresh.
 */
@Component
class AttendanceFigureCache implements KeptFigures {

    private static final int KEPT = 256;

    private final JdbcTemplate jdbc;
    private final KeptBySum<Object, Object> kept = new KeptBySum<>(KEPT);

    AttendanceFigureCache(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The value kept for the key if nothing it reads changed since, else {@code compute}'s, kept. */
    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        // the sum, and whether this transaction has written anything: its own uncommitted writes count in the sum it
        // sees, so what it computes is neither kept nor taken from what was kept
        Stamp stamp = stamp();
        return (T) kept.get(key, stamp.sum(), stamp.clean(), compute);
    }

    private record Stamp(long sum, boolean clean) {
    }

    /**
     * The counters' sum, read once per read-only transaction (the dashboard asks for several kept figures in one): an
     * earlier read of the same transaction is an older sum, under which figures computed now are never older.
     */
    private Stamp stamp() {
        boolean readOnly = TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        if (readOnly && TransactionSynchronizationManager.getResource(this) instanceof Stamp read) {
            return read;
        }
        Stamp stamp = jdbc.queryForObject("select coalesce(sum(n), 0), pg_current_xact_id_if_assigned() is null"
                + " from station_attendance_stamp", (rs, i) -> new Stamp(rs.getLong(1), rs.getBoolean(2)));
        if (readOnly) {
            TransactionSynchronizationManager.bindResource(this, stamp);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(AttendanceFigureCache.this);
                }
            });
        }
        return stamp;
    }
}
