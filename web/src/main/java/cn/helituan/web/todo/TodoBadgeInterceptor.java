package cn.helituan.web.todo;

import cn.helituan.domain.todo.TodoService;
import cn.helituan.domain.todo.TodoService.TodoList;
import cn.helituan.web.security.CurrentScope;
import cn.helituan.web.security.Viewer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Puts a {@link TodoBadge} in each signed-in request (after {@link Viewer.Interceptor}); it reads nothing until the
 * layout asks for the count, so only a full page pays for it (once). Without the to-do service (a web slice test)
 * there is no badge.
 */
@Component
@RequiredArgsConstructor
public class TodoBadgeInterceptor implements HandlerInterceptor {

    private final ObjectProvider<TodoService> todos;
    private final CurrentScope currentScope;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        TodoService service = todos.getIfAvailable();
        if (service != null && request.getAttribute(Viewer.ATTRIBUTE) instanceof Viewer viewer && viewer.signedIn()
                && request.getAttribute(TodoBadge.ATTRIBUTE) == null) {
            request.setAttribute(TodoBadge.ATTRIBUTE, new TodoBadge(() -> {
                var scope = currentScope.of(request);
                return scope == null ? new TodoList(List.of(), null) : service.list(scope);
            }));
        }
        return true;
    }
}
