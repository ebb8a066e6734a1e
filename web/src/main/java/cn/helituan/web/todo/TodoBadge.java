package cn.helituan.web.todo;

import cn.helituan.domain.todo.TodoService.TodoList;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;

/**
 * The reader's to-do list for one request, read when first asked and then kept: the layout's menu badge
 * ({@code ${todoBadge.count()}}), the start page's list and the to-do page share one reading. Put in every request
 * by {@link TodoBadgeInterceptor}; a fragment (htmx) or JSON answer never renders the layout, so it never reads it.
 */
public final class TodoBadge {

    public static final String ATTRIBUTE = "todoBadge";

    private final Supplier<TodoList> reader;
    private TodoList list;

    TodoBadge(Supplier<TodoList> reader) {
        this.reader = reader;
    }

    /** The list (read on the first call of the request). */
    public TodoList list() {
        if (list == null) {
            list = reader.get();
        }
        return list;
    }

    /** The badge: how many things to do in all (the list's total). */
    public long count() {
        return list().count();
    }

    /** Keeps a list a controller read, so the layout's badge shows its total without reading it again. */
    static void keep(HttpServletRequest request, TodoList list) {
        TodoBadge badge = new TodoBadge(() -> list);
        badge.list = list;
        request.setAttribute(ATTRIBUTE, badge);
    }
}
