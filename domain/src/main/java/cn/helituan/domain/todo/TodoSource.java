package cn.helituan.domain.todo;

import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import java.time.LocalDate;
import java.util.List;

/**
 * What one feature asks of the reader: a bean in the feature's own domain package (activity's
 * {@code ActivityTodos}, plan's {@code PlanTodos}…), found by {@link TodoService}, so the to-do centre knows no
 * feature after it. A source filters by the scope on the server, runs a fixed small number of count queries on
 * indexes whatever the data, and gives each item the link of the list or page whose content it counts. An item
 * with a count of 0 is left out by the service. The badge is on every page: a source whose records seldom change names
 * a {@link #stamp()} and is counted once per reader and day until they do.
 */
public interface TodoSource {

    List<TodoItem> items(Scope scope, LocalDate today);

    /**
     * Whether the source asks anything of a reader in this role; one that does not is neither counted nor kept for
     * them (an administrator's page opens no transaction for a group leader's items). True by default.
     */
    default boolean asks(Role role) {
        return true;
    }

    /**
     * The stamp (V93's {@code todo_stamp}) that every write of what {@link #items} reads raises — its records and
     * the team tree, by triggers —, so that its items are kept per reader and day until such a write
     * ({@link KeptTodos}); null (the default): counted afresh for every list. A source naming one must read nothing
     * else that changes, and nothing of the scope but what the scope holds.
     */
    default String stamp() {
        return null;
    }
}
