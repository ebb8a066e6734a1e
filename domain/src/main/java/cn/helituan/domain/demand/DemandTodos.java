package cn.helituan.domain.demand;

import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.todo.TodoItem;
import cn.helituan.domain.todo.TodoSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The three lists' to-dos: a first secretary's demands the group reported solved (已解决待确认: only the raiser's
 * confirmation resolves them), a group leader's demands assigned to the group (its projects under way) and its
 * projects past their deadline (due by the earliest one's). Each counts the list it opens through the same service
 * call: one count statement each, the projects' with their first row (the earliest deadline).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemandTodos implements TodoSource {

    private final DemandListing demands;
    private final ProjectService projects;

    @Override
    public boolean asks(Role role) {
        return role == Role.FIRST_SECRETARY || role == Role.GROUP_LEADER;
    }

    @Override
    public List<TodoItem> items(Scope scope, LocalDate today) {
        if (scope.role() == Role.FIRST_SECRETARY && scope.objectId() != null) {
            long solved = demands.count(scope, new DemandQuery(DemandStatus.SOLVED, false, null, null, false, null,
                    null, null));
            return List.of(TodoItem.of("demandsToConfirm", solved, null, "/demands?status=SOLVED"));
        }
        if (scope.role() == Role.GROUP_LEADER && scope.unitPath() != null) {
            List<TodoItem> items = new ArrayList<>();
            long active = projects.count(scope, new ProjectQuery(null, ProjectStatus.ACTIVE, false));
            items.add(TodoItem.of("projectsAssigned", active, null, "/projects?status=ACTIVE"));
            Page<Project> overdue = projects.list(scope, new ProjectQuery(null, null, true), PageRequest.of(0, 1));
            if (overdue.getTotalElements() > 0) {
                items.add(TodoItem.of("projectsOverdue", overdue.getTotalElements(),
                        overdue.getContent().get(0).getDeadline(), "/projects?overdue=true"));
            }
            return items;
        }
        return List.of();
    }
}
