package cn.helituan.domain.notification;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.todo.TodoItem;
import cn.helituan.domain.todo.TodoSource;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The monthly notifications to publish: the drafts of the reader's own scope (the whole deployment's for its org
 * admin, a team's or sub-team's for its managers: those {@link NotificationService#publish} lets them publish), one
 * item per draft (one statement).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NotificationTodos implements TodoSource {

    private final MonthlyNotifications notifications;

    /** Kept until one of the drafts (monthly_notification) changes (V93). */
    @Override
    public String stamp() {
        return "notifications";
    }

    @Override
    public List<TodoItem> items(Scope scope, LocalDate today) {
        if (!scope.canManageStructure() || !scope.wholeDeployment() && scope.unitId() == null) {
            return List.of();
        }
        return notifications.drafts(scope.wholeDeployment() ? null : scope.unitId()).stream()
                .map(n -> TodoItem.of("notificationDraft", 1, null, "/notifications/" + n.getId(),
                        n.getMonth().toString())).toList();
    }
}
