package cn.helituan.domain.station;

import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.todo.TodoItem;
import cn.helituan.domain.todo.TodoSource;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** The approver's major-matter reports not yet acknowledged, counted with the list's own query. */
@Component
@RequiredArgsConstructor
class MajorMatterTodos implements TodoSource {

    private final MajorMatterService matters;

    /** Kept until one of the major matters and, for the reach, the pairings and the tree changes (V93). */
    @Override
    public String stamp() {
        return "major-matters";
    }

    @Override
    public List<TodoItem> items(Scope scope, LocalDate today) {
        if (scope.role() != Role.ORG_ADMIN && scope.role() != Role.SUB_TEAM_LEADER) {
            return List.of();
        }
        long open = matters.count(scope, true, false);
        return List.of(TodoItem.of("majorMattersToAcknowledge", open, null, "/major-matters?open=true"));
    }
}
