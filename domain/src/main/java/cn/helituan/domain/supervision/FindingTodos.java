package cn.helituan.domain.supervision;

import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.todo.TodoItem;
import cn.helituan.domain.todo.TodoSource;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Findings waiting for someone, counted with the findings list's own query: the group's and sub-team's leaders'
 * findings to rectify (open or returned), the inspectors' answers to verify, everyone's overdue ones.
 */
@Component
@RequiredArgsConstructor
class FindingTodos implements TodoSource {

    private final SupervisionReading reading;

    /** Kept until one of the findings and the tree changes (V93). */
    @Override
    public String stamp() {
        return "findings";
    }

    @Override
    public List<TodoItem> items(Scope scope, LocalDate today) {
        if (scope.role() == Role.GROUP_LEADER || scope.role() == Role.SUB_TEAM_LEADER) {
            long toAnswer = reading.countFindings(scope, List.of(FindingStatus.OPEN, FindingStatus.RETURNED));
            long overdue = reading.countOverdue(scope);
            return List.of(TodoItem.of("findingsToRectify", toAnswer, null,
                            "/supervision/findings?status=OPEN&status=RETURNED"),
                    TodoItem.of("findingsOverdue", overdue, null, "/supervision/findings?overdue=true"));
        }
        if (scope.role() == Role.INSPECTOR || scope.role() == Role.ORG_ADMIN) {
            long toVerify = reading.countFindings(scope, List.of(FindingStatus.ANSWERED));
            long overdue = reading.countOverdue(scope);
            return List.of(TodoItem.of("findingsToVerify", toVerify, null, "/supervision/findings?status=ANSWERED"),
                    TodoItem.of("findingsOverdue", overdue, null, "/supervision/findings?overdue=true"));
        }
        return List.of();
    }
}
