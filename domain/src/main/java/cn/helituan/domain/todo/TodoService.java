package cn.helituan.domain.todo;

import cn.helituan.domain.common.ReplicaReads;
import cn.helituan.domain.common.Scope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/**
 * The to-do centre (待办): what every feature's {@link TodoSource} asks of the reader, ordered by deadline (the
 * earliest first, those without one last), and its badge (the sum of the items' counts, the same list's).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TodoService {

    static final Comparator<TodoItem> BY_DEADLINE = Comparator.comparing(TodoItem::deadline,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(TodoItem::kind)
            .thenComparing(TodoItem::link);

    private final List<TodoSource> sources;
    private final KeptTodos kept;
    private final TodoCounting counting;
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
     * The stamps are read first (no transaction); the sources whose kept items are current answer from them, and the
     * rest count in one read-only transaction ({@link TodoCounting}) — none at all when every source was kept (most
     * pages of an administrator: one statement).
     */
    public TodoList list(Scope scope) {
        // from the primary, even on a page whose own reads may go to the replica: the items are kept under the
        // primary's stamps, and items counted on a replica behind them would be kept stale until the next write
        boolean replica = ReplicaReads.allowed();
        ReplicaReads.clear();
        try {
            return listFromPrimary(scope);
        } finally {
            if (replica) {
                ReplicaReads.allow();
            }
        }
    }

    private TodoList listFromPrimary(Scope scope) {
        LocalDate today = LocalDate.now(clock);
        KeptTodos.Reading stamps = kept.read();
        List<Object> key = List.of(scope, today);
        Map<TodoSource, List<TodoItem>> found = new LinkedHashMap<>();
        List<TodoSource> toCount = new ArrayList<>();
        for (TodoSource source : sources) {
            if (!source.asks(scope.role())) {
                continue;
            }
            List<TodoItem> items = source.stamp() == null ? null : stamps.kept(source.stamp(), key);
            if (items == null) {
                toCount.add(source);
            } else {
                found.put(source, items);
            }
        }
        if (!toCount.isEmpty()) {
            Map<TodoSource, List<TodoItem>> counted = counting.count(toCount, scope, today);
            counted.forEach((source, items) -> {
                if (source.stamp() != null) {
                    stamps.keep(source.stamp(), key, items);
                }
            });
            found.putAll(counted);
        }
        return new TodoList(found.values().stream().flatMap(List::stream).filter(i -> i.count() > 0)
                .sorted(BY_DEADLINE).toList(), today);
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
