package cn.helituan.web.station;

import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.PersonNames;
import cn.helituan.domain.station.AttendanceKind;
import cn.helituan.domain.station.AttendanceRow;
import cn.helituan.domain.station.AttendanceService;
import cn.helituan.web.common.Exports;
import cn.helituan.web.common.Pagination;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monthly attendance sheet (考勤表): the county's (or a sub-team leader's, or a cadre's own) lines with their
 * export as the subsidy's basis, a village's month with its approval, and the days behind each figure.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AttendanceController {

    private static final int CHUNK = 500;
    private static final List<String> HEADERS = List.of("attendance.village", "attendance.cadre",
            "field.Stationing.role", "attendance.required", "AttendanceKind.PRESENT", "AttendanceKind.DOUBTFUL",
            "AttendanceKind.AWAY", "AttendanceKind.LEAVE", "AttendanceKind.ABSENT", "attendance.subsidyDays",
            "field.Stationing.subsidyPerDay", "attendance.subsidy", "attendance.approvedBy",
            "attendance.approvedAt", "attendance.changed");

    private final AttendanceService attendance;
    private final Exports exports;
    private final MessageSource messages;
    private final PersonNames people;
    private final Clock clock;

    @GetMapping("/attendance")
    String sheet(Scope scope, @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                 @RequestParam(required = false) Long object, @RequestParam(defaultValue = "false") boolean absent,
                 @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        YearMonth shown = month == null ? YearMonth.now(clock) : month;
        Page<AttendanceRow> rows = attendance.sheet(scope, shown, object, absent,
                Pagination.request(page, 50));
        model.addAttribute("absent", absent);
        model.addAttribute("rows", rows);
        model.addAttribute("totals", attendance.totals(scope, shown, object, absent));
        model.addAttribute("pagination", Pagination.of(rows, request));
        model.addAttribute("month", shown);
        model.addAttribute("object", object);
        model.addAttribute("required", attendance.requiredDays());
        model.addAttribute("readsVillages", attendance.readsVillages(scope));
        return "attendance/sheet";
    }

    @GetMapping("/attendance/export")
    void export(Scope scope, @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                @RequestParam(required = false) Long object, @RequestParam(defaultValue = "false") boolean absent,
                Locale locale, HttpServletResponse response)
            throws IOException {
        YearMonth shown = month == null ? YearMonth.now(clock) : month;
        int required = attendance.requiredDays();
        String changed = messages.getMessage("attendance.changedSinceApproval", null, locale);
        // the approvers' names, one query a chunk
        exports.sendRows(response, locale, "attendance.title", HEADERS, CHUNK,
                page -> attendance.sheet(scope, shown, object, absent, page), chunk -> {
                    PersonNames.Names names = people.of(chunk.stream().map(AttendanceRow::approvedBy).toList());
                    return chunk.stream().map(r -> new Object[] {r.objectName(), r.memberName(),
                        exports.label(r.role(), locale), required, r.figures().present(), r.figures().doubtful(),
                        r.figures().away(), r.figures().leave(), r.figures().absent(), r.figures().subsidyDays(),
                        r.subsidyPerDay(), r.subsidy(), names.of(r.approvedBy()), at(r.approvedAt()),
                        r.changedSinceApproval() ? changed : null}).toList();
                });
    }

    @GetMapping("/attendance/villages/{objectId}")
    String village(Scope scope, @PathVariable long objectId,
                   @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                   Model model) {
        return villageView(scope, objectId, month == null ? YearMonth.now(clock) : month, model, null);
    }

    @PostMapping("/attendance/villages/{objectId}/approve")
    String approve(Scope scope, @PathVariable long objectId,
                   @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                   @RequestParam(required = false) String figures, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        try {
            attendance.approve(scope, objectId, month, figures);
        } catch (RuleViolation refused) {
            response.setStatus(refused.messageKey().equals("attendance.approve.changed")
                    ? HttpServletResponse.SC_CONFLICT : 422);
            return villageView(scope, objectId, month, model, refused.messageKey());
        }
        redirect.addFlashAttribute("success", "flash.attendance.approved");
        return "redirect:/attendance/villages/" + objectId + "?month=" + month;
    }

    @GetMapping("/attendance/stationings/{id}")
    String days(Scope scope, @PathVariable long id,
                @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                @RequestParam(required = false) AttendanceKind kind, Model model) {
        YearMonth shown = month == null ? YearMonth.now(clock) : month;
        model.addAttribute("s", attendance.stationing(scope, id));
        model.addAttribute("days", attendance.days(scope, id, shown, kind));
        model.addAttribute("month", shown);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", AttendanceKind.values());
        return "attendance/days";
    }

    /** A time as the deployment's wall clock shows it (the sheet's readers are in its zone). */
    private String at(java.time.Instant instant) {
        return instant == null ? null : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(instant.atZone(clock.getZone()));
    }

    private String villageView(Scope scope, long objectId, YearMonth month, Model model, String refusal) {
        List<AttendanceRow> rows = attendance.village(scope, objectId, month);
        model.addAttribute("village", attendance.object(scope, objectId));
        model.addAttribute("rows", rows);
        model.addAttribute("month", month);
        model.addAttribute("required", attendance.requiredDays());
        model.addAttribute("figures", AttendanceService.snapshot(rows));
        model.addAttribute("approval", rows.isEmpty() ? null : rows.get(0));
        model.addAttribute("canApprove", attendance.canApprove(scope, objectId)
                && month.isBefore(YearMonth.now(clock)) && !rows.isEmpty());
        model.addAttribute("history", attendance.approvalHistory(scope, objectId, month));
        model.addAttribute("refusal", refusal);
        return "attendance/village";
    }
}
