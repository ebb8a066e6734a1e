package cn.helituan.domain.station;

import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.todo.TodoItem;
import cn.helituan.domain.todo.TodoSource;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The approver's requests for days away and leave waiting for a decision: counted with the queue's own query
 * ({@link AbsenceService#list}), so the item and the list it opens agree; kept until an absence, a pairing (which
 * villages a sub-team leader reaches) or the tree is written (V106's {@code absences} stamp) — a check-in does not
 * recount it.
 */
@Component
@RequiredArgsConstructor
class AbsenceTodos implements TodoSource {

    private final AbsenceService absences;

    @Override
    public boolean asks(Role role) {
        return AbsenceService.approves(role);
    }

    @Override
    public List<TodoItem> items(Scope scope, LocalDate today) {
        if (!asks(scope.role())) {
            return List.of();
        }
        long waiting = absences.list(scope, AbsenceStatus.REQUESTED, null, PageRequest.of(0, 1)).getTotalElements();
        return List.of(TodoItem.of("absencesToDecide", waiting, null, "/absences?status=REQUESTED"));
    }

    @Override
    public String stamp() {
        return "absences";
    }
}
