package cn.helituan.web.reminder;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.reminder.ReminderKind;
import cn.helituan.domain.reminder.ReminderLine;
import cn.helituan.domain.reminder.ReminderListing;
import cn.helituan.web.common.Pagination;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The org admin's list of the reminders sent (提醒记录): what, to whom, when, and what the channel answered. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReminderController {

    private final ReminderListing reminders;

    @GetMapping("/reminders")
    String list(Scope scope,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                @RequestParam(required = false) ReminderKind kind, @RequestParam(defaultValue = "1") int page,
                HttpServletRequest request, Model model) {
        Page<ReminderLine> rows = reminders.list(scope, day, kind, Pagination.request(page, 30));
        model.addAttribute("rows", rows);
        model.addAttribute("pagination", Pagination.of(rows, request));
        model.addAttribute("day", day);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", ReminderKind.values());
        return "reminders/list";
    }
}
