package cn.helituan.domain.todo;

import cn.helituan.domain.common.Scope;
import java.time.LocalDate;
import java.util.List;

/**
 * What one feature asks of the reader: a bean in the feature's own domain package (activity's
 * {@code ActivityTodos}, plan's {@code PlanTodos}…), found by {@link TodoService}, so the to-do centre knows no
 * feature after it. A source filters by the scope on the server, runs a fixed small number of count queries on
 * indexes whatever the data, and gives each item the link of the list or page whose content it counts. An item
 * with a count of 0 is left out by the service.
 */
public interface TodoSource {

    List<TodoItem> items(Scope scope, LocalDate today);
}
