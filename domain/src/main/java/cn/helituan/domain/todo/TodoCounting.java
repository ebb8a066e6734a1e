package cn.helituan.domain.todo;

import cn.helituan.domain.common.Scope;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The sources {@link TodoService} could not answer from kept items, counted in one read-only transaction. */
@Component
class TodoCounting {

    @Transactional(readOnly = true)
    public Map<TodoSource, List<TodoItem>> count(List<TodoSource> sources, Scope scope, LocalDate today) {
        Map<TodoSource, List<TodoItem>> counted = new LinkedHashMap<>();
        for (TodoSource source : sources) {
            counted.put(source, List.copyOf(source.items(scope, today)));
        }
        return counted;
    }
}
