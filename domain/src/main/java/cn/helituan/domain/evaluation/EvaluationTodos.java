package cn.helituan.domain.evaluation;

import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.todo.TodoItem;
import cn.helituan.domain.todo.TodoSource;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The evaluation's to-dos, one per open round still taking input (due by its deadline): a group leader's
 * self-assessment, a village's ratings of the groups paired with it, a reviewer's groups not yet scored. One
 * statement per reader ({@code sql/evaluation/todos.sql}), whatever the number of rounds.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EvaluationTodos implements TodoSource {

    private final EvaluationStore store;

    @Override
    public boolean asks(Role role) {
        return role == Role.GROUP_LEADER || role == Role.FIRST_SECRETARY || role == Role.REVIEWER;
    }

    @Override
    public List<TodoItem> items(Scope scope, LocalDate today) {
        if (scope.role() == Role.GROUP_LEADER && scope.unitId() != null) {
            return store.selfAssessmentsDue(scope.unitId(), today).stream().map(d -> TodoItem.of("selfAssessment",
                    d.count(), d.deadline(), "/evaluations/" + d.roundId() + "/groups/" + scope.unitId())).toList();
        }
        if (scope.role() == Role.FIRST_SECRETARY && scope.objectId() != null) {
            return store.ratingsDue(scope.objectId(), today).stream().map(d -> TodoItem.of("ratingsDue",
                    d.count(), d.deadline(), "/evaluations/" + d.roundId() + "/ratings")).toList();
        }
        if (scope.role() == Role.REVIEWER && scope.accountId() != null) {
            return store.scoresDue(scope.accountId(), today).stream().map(d -> TodoItem.of("scoresDue",
                    d.count(), d.deadline(), "/evaluations/" + d.roundId() + "?unscored=true")).toList();
        }
        return List.of();
    }
}
