package cn.helituan.domain.todo;

import cn.helituan.domain.common.Scope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The to-do centre (待办): what every feature's {@link TodoSource} asks of the reader, in one read-only
 * transaction, ordered by deadline (the earliest first, those without one last), and its badge (the sum of the
 * items' counts, the same list's).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TodoService {

    static final Comparator<TodoItem> BY_DEADLINE = Comparator.comparing(TodoItem::deadline,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(TodoItem::kind)
            .thenComparing(TodoItem::link);

    private final List<TodoSource> sources;
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

    @Transactional(readOnly = true)
    public TodoList list(Scope scope) {
        LocalDate today = LocalDate.now(clock);
        return new TodoList(sources.stream().flatMap(s -> s.items(scope, today).stream())
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
