package cn.helituan.web.todo;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.todo.TodoService;
import cn.helituan.domain.todo.TodoService.TodoList;
import jakarta.servlet.http.HttpServletRequest;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The to-do centre (待办): what the reader has to do, ordered by deadline, each a link to where it is done. Every
 * signed-in role has one; the list is bounded by its sources (an item per kind, or per round, draft or import), so it
 * is not paged.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TodoController {

    private final TodoService todos;

    @GetMapping("/todos")
    String list(Scope scope, HttpServletRequest request, Model model) {
        TodoList list = todos.list(scope);
        TodoBadge.keep(request, list);
        model.addAttribute("todos", list);
        return "todos/list";
    }
}
