package cn.helituan.web.notification;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.notification.MonthlyNotification;
import cn.helituan.domain.notification.NotificationLine;
import cn.helituan.domain.notification.NotificationService;
import cn.helituan.domain.notification.NotificationService.NotificationView;
import cn.helituan.domain.notification.RankingFactor;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Forms;
import cn.helituan.web.common.Pagination;
import cn.helituan.web.common.XlsxExport;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import cn.helituan.domain.station.AttendanceService;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monthly notifications (每月通报): the list by month with the form that generates a draft, a notification's
 * page (printable on A4) with its publish button and its export. The ranking's weights are
 * {@link NotificationWeightsController}'s.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NotificationController {

    private static final int PAGE_SIZE = 20;
    private static final String LIST = "notifications/list";

    private final NotificationService notifications;
    private final MessageSource messages;
    private final AttendanceService attendance;

    @GetMapping("/notifications")
    String list(Scope scope, @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        return listView(scope, page, request, model);
    }

    private String listView(Scope scope, int page, HttpServletRequest request, Model model) {
        Page<MonthlyNotification> rows = notifications.list(scope, Pagination.request(page, PAGE_SIZE));
        model.addAttribute("rows", rows);
        model.addAttribute("pagination", Pagination.of(rows, request));
        model.addAttribute("canGenerate", notifications.canGenerate(scope));
        if (!model.containsAttribute("generateForm")) {
            model.addAttribute("generateForm", new GenerateForm(notifications.lastMonth()));
        }
        return LIST;
    }

    @PostMapping("/notifications")
    String generate(Scope scope, FormKey key, @Valid @ModelAttribute("generateForm") GenerateForm form,
                    BindingResult result, HttpServletRequest request, HttpServletResponse response, Model model) {
        String view = Forms.submit(result, response, LIST, () -> "redirect:/notifications/"
                + key.create(scope, "notification", saved -> "/notifications/" + saved,
                        () -> notifications.generate(scope, form.getMonth()).getId()));
        if (!LIST.equals(view)) {
            return view;
        }
        // the month typed stays in the form, the message under it
        Forms.markRefused(result, response);
        return listView(scope, 1, request, model);
    }

    @GetMapping("/notifications/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("v", notifications.view(scope, id));
        // the missing check-ins link to the attendance sheet for those who read the villages' lines
        model.addAttribute("attendanceLinked", attendance.readsVillages(scope));
        model.addAttribute("results", RankingFactor.results());
        model.addAttribute("funds", RankingFactor.FUNDS_SECURED);
        model.addAttribute("beneficiaries", RankingFactor.BENEFICIARIES);
        return "notifications/show";
    }

    @PostMapping("/notifications/{id}/publish")
    String publish(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        notifications.publish(scope, id, version);
        redirect.addFlashAttribute("success", "flash.notification.published");
        return "redirect:/notifications/" + id;
    }

    /** The notification as a workbook: a sheet for the sub-teams, the ranking, the highlights, the silent groups. */
    @GetMapping("/notifications/{id}/export")
    void export(Scope scope, @PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        NotificationView v = notifications.view(scope, id);
        List<RankingFactor> results = RankingFactor.results();
        List<String> unitHeaders = new java.util.ArrayList<>(List.of(t("notification.unit", locale),
                t("notification.parent", locale), t("activities.totals.reported", locale),
                t("activities.totals.confirmed", locale)));
        results.forEach(f -> unitHeaders.add(t("Figure." + f.figure(), locale)));
        try (XlsxExport xlsx = new XlsxExport(t("notification.sheet.subTeams", locale), unitHeaders)) {
            v.subTeams().forEach(l -> xlsx.row(unitRow(l, results, null).toArray()));
            List<String> groupHeaders = new java.util.ArrayList<>(List.of(t("notification.rank", locale),
                    t("notification.score", locale)));
            groupHeaders.addAll(unitHeaders);
            xlsx.sheet(t("notification.sheet.ranking", locale), groupHeaders);
            v.groups().forEach(l -> xlsx.row(unitRow(l, results, l).toArray()));
            xlsx.sheet(t("notification.sheet.highlights", locale), List.of(t("notification.figure", locale),
                    t("notification.value", locale), t("field.Activity.title", locale),
                    t("field.Activity.group", locale), t("field.Activity.occurredOn", locale)));
            v.highlights().forEach(l -> xlsx.row(t("Figure." + l.getFigure(), locale), l.getValue(), l.getName(),
                    l.getParentName(), l.getOccurredOn()));
            xlsx.sheet(t("notification.sheet.silent", locale), List.of(t("notification.unit", locale),
                    t("notification.parent", locale)));
            v.silent().forEach(l -> xlsx.row(l.getName(), l.getParentName()));
            xlsx.send(response, t("notification.file", locale, v.notification().getMonth().toString()) + ".xlsx");
        }
    }

    private static List<Object> unitRow(NotificationLine l, List<RankingFactor> results, NotificationLine ranked) {
        List<Object> row = new java.util.ArrayList<>();
        if (ranked != null) {
            row.add(ranked.getRank());
            row.add(ranked.getScore());
        }
        row.add(l.getName());
        row.add(l.getParentName());
        row.add(l.getReported());
        row.add(l.getConfirmed());
        results.forEach(f -> row.add(l.value(f)));
        return row;
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
