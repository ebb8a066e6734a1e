package cn.helituan.domain.todo;

import cn.helituan.domain.common.Scope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/**
 * The to-do centre (待办): what every feature's {@link TodoSource} asks of the reader, ordered by deadline (the earliest first, those without one last), and its badge (the sum of the
 * items' counts, the same list's).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TodoService {

    static final Comparator<TodoItem> BY_DEADLINE = Comparator.comparing(TodoItem::deadline,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(TodoItem::kind)
            .thenComparing(TodoItem::link);

    private final List<TodoSource> sources;
    private final KeptTodos kept;
    private final Clock clock;

    /** The reader's to-do list of the day. */
    public record TodoList(List<TodoItem> items, LocalDate today) {

        /** The badge: how many things in all. */
        public long count() {
            return items.stream().mapToLong(TodoItem::count).sum();
        }

        public boolean overdue(TodoItem item) {
            return item.overdueOn(today);
        }
    }

    /**
     * Not one transaction: the stamps are read first, and each source counts in its services' own read-only
     * transactions only when its kept items are out of date (most pages of an administrator read one statement).
     */
    public TodoList list(Scope scope) {
        LocalDate today = LocalDate.now(clock);
        KeptTodos.Reading stamps = kept.read();
        List<Object> key = List.of(scope, today);
        return new TodoList(sources.stream().flatMap(s -> (s.stamp() == null ? s.items(scope, today)
                        : stamps.items(s.stamp(), key, () -> s.items(scope, today))).stream())
                .filter(i -> i.count() > 0).sorted(BY_DEADLINE).toList(), today);
    }

    /** The items, ordered by deadline. */
    public List<TodoItem> items(Scope scope) {
        return list(scope).items();
    }

    /** The badge of the menu: the sum of the items' counts. */
    public long count(Scope scope) {
        return list(scope).count();
    }
}
