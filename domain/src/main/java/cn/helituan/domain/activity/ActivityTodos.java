package cn.helituan.domain.activity;

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
 * The activity log's to-dos: a first secretary's activities still to confirm (their village's own word, the start
 * page's 待确认), a group leader's activities a village disputed. Each is the count of the list it opens, through
 * {@link ActivityListing#count} (one count statement on the indexes of V16/V30).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ActivityTodos implements TodoSource {

    private final ActivityListing listing;

    @Override
    public boolean asks(Role role) {
        return role == Role.FIRST_SECRETARY || role == Role.GROUP_LEADER;
    }

    @Override
    public List<TodoItem> items(Scope scope, LocalDate today) {
        if (scope.role() == Role.FIRST_SECRETARY && scope.objectId() != null) {
            return List.of(TodoItem.of("activitiesToConfirm",
                    listing.count(scope, ActivityQuery.ofStatus(ActivityStatus.REPORTED)), null,
                    "/activities?status=REPORTED"));
        }
        if (scope.role() == Role.GROUP_LEADER && scope.unitPath() != null) {
            return List.of(TodoItem.of("activitiesDisputed",
                    listing.count(scope, ActivityQuery.ofStatus(ActivityStatus.DISPUTED)), null,
                    "/activities?status=DISPUTED"));
        }
        return List.of();
    }
}
