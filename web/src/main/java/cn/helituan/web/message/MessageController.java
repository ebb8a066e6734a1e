package cn.helituan.web.message;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.message.Message;
import cn.helituan.domain.message.MessageService;
import cn.helituan.web.common.Pagination;
import jakarta.servlet.http.HttpServletRequest;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in account's messages (站内消息): the list, newest first, unread ones marked; opening one marks it read
 * and goes to the page it concerns; "all read". Another account's message is not found.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MessageController {

    private static final int PAGE_SIZE = 20;

    private final MessageService messages;

    @GetMapping("/messages")
    String list(Scope scope, @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        Page<Message> rows = messages.list(scope, Pagination.request(page, PAGE_SIZE));
        model.addAttribute("rows", rows);
        model.addAttribute("pagination", Pagination.of(rows, request));
        model.addAttribute("unread", messages.unread(scope));
        return "messages/list";
    }

    @GetMapping("/messages/{id}")
    String open(Scope scope, @PathVariable long id) {
        Message message = messages.open(scope, id);
        String link = message.getLink();
        // a link is an address inside the product (written by the system); anything else stays on the list
        return "redirect:" + (link != null && link.startsWith("/") && !link.startsWith("//") ? link : "/messages");
    }

    @PostMapping("/messages/read-all")
    String readAll(Scope scope, RedirectAttributes redirect) {
        messages.readAll(scope);
        redirect.addFlashAttribute("success", "flash.messages.allRead");
        return "redirect:/messages";
    }
}
