package cn.helituan.persistence.evaluation;

import cn.helituan.persistence.common.KeptBySum;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps what the review screen reads of a whole round on every page — its tally and its sub-teams — with the sum of
 * V97's counters of the round and of the team tree, which every write those statements read raises in its own
 * transaction. A reader reads the sum first, then takes the value kept under that very sum (no write it depends on has
 * committed since: it is what the statement would give now) or computes it and keeps it with the sum. A transaction
 * that has written anything computes afresh and keeps nothing: its own uncommitted raises are in the sum it sees.
 * Each application instance keeps its own; the database's counters make them agree (as {@code
 * AttendanceFigureCache} with V92's).
 */
@Component
class KeptRoundFigures {

    private static final int KEPT = 512;

    private final JdbcTemplate jdbc;
    private final KeptBySum<List<Object>, Object> kept = new KeptBySum<>(KEPT);

    KeptRoundFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The value kept for the round and key if nothing it reads was written since, else {@code compute}'s, kept. The
     * key holds every other parameter of the statement.
     */
    @SuppressWarnings("unchecked")
    <T> T get(long roundId, List<Object> key, Supplier<T> compute) {
        Stamp stamp = jdbc.queryForObject("select coalesce(sum(n), 0), pg_current_xact_id_if_assigned() is null"
                        + " from evaluation_round_stamp where round_id in (0, ?)",
                (rs, i) -> new Stamp(rs.getLong(1), rs.getBoolean(2)), roundId);
        return (T) kept.get(List.of(roundId, key), stamp.sum(), stamp.clean(), compute);
    }

    private record Stamp(long sum, boolean clean) {
    }
}
