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
 * ({@link AbsenceService#list}), so the item and the list it opens agree.
 */
@Component
@RequiredArgsConstructor
class AbsenceTodos implements TodoSource {

    private final AbsenceService absences;
    private final KeptFigures kept;

    @Override
    public List<TodoItem> items(Scope scope, LocalDate today) {
        if (scope.role() != Role.ORG_ADMIN && scope.role() != Role.SUB_TEAM_LEADER) {
            return List.of();
        }
        // on every page (the menu's badge): kept while no absence, stationing or pairing changes
        long waiting = kept.get(List.of("absencesToDecide", KeptFigures.reach(scope), today), () -> absences.list(scope,
                AbsenceStatus.REQUESTED, null, PageRequest.of(0, 1)).getTotalElements());
        return List.of(TodoItem.of("absencesToDecide", waiting, null, "/absences?status=REQUESTED"));
    }
}
