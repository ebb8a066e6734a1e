package cn.helituan.persistence.todo;

import cn.helituan.domain.todo.KeptTodos;
import cn.helituan.domain.todo.TodoItem;
import cn.helituan.persistence.common.KeptBySum;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the to-do sources' items with what they were computed after: the sum of the source's counters in
 * {@code todo_stamp} (V93), which every statement writing a table the source counts raises in its own transaction.
 * A list first reads every stamp's sum (one statement), then takes a source's kept items if they were computed after
 * that very sum — nothing they count has committed since, so they are what the source would give now — or computes
 * them and keeps them with it. The sums are read before the items, so items kept under a sum are never older than it
 * (a write committed in between makes them newer, and raises the sum the next reader sees). A transaction that has
 * written anything sees its own raises in the sums: it computes without keeping or taking kept items. Each
 * application instance keeps its own; the database's counters make them agree. At most {@link #KEPT} items lists
 * are kept, the least recently read dropped first.
 */
@Component
class StampedTodos implements KeptTodos {

    static final int KEPT = 8192;

    private final JdbcTemplate jdbc;
    private final KeptBySum<List<Object>, List<TodoItem>> kept = new KeptBySum<>(KEPT);

    StampedTodos(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Reading read() {
        Map<String, Long> sums = new HashMap<>();
        boolean[] clean = {true};
        // one row even when no stamp was ever raised: the left join keeps the transaction's flag
        jdbc.query("select s.stamp, s.n, pg_current_xact_id_if_assigned() is null from (select 1) one"
                + " left join (select stamp, sum(n) as n from todo_stamp group by stamp) s on true", rs -> {
                    if (rs.getString(1) != null) {
                        sums.put(rs.getString(1), rs.getLong(2));
                    }
                    clean[0] = rs.getBoolean(3);
                });
        if (!clean[0]) {
            return new Reading() {
                @Override
                public List<TodoItem> kept(String stamp, Object key) {
                    return null;
                }

                @Override
                public void keep(String stamp, Object key, List<TodoItem> items) {
                }
            };
        }
        return new Reading() {
            @Override
            public List<TodoItem> kept(String stamp, Object key) {
                return kept.get(List.of(stamp, key), sums.getOrDefault(stamp, 0L));
            }

            @Override
            public void keep(String stamp, Object key, List<TodoItem> items) {
                kept.put(List.of(stamp, key), sums.getOrDefault(stamp, 0L), List.copyOf(items));
            }
        };
    }
}
