package cn.helituan.web.audit;

import cn.helituan.domain.audit.AuditEntry;
import cn.helituan.domain.audit.AuditKind;
import cn.helituan.domain.audit.AuditQuery;
import cn.helituan.domain.audit.AuditService;
import cn.helituan.domain.audit.ChainCheck;
import cn.helituan.domain.common.Scope;
import cn.helituan.web.common.Exports;
import cn.helituan.web.common.Formats;
import cn.helituan.web.common.Pagination;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 安全审计日志: the security auditor searches the sign-in and operation log (days, user, kind, words), exports what
 * the search finds, and checks the chain now (the daily job checks it too). Nobody else opens these pages.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AuditController {

    private static final List<String> HEADERS = List.of("audit.seq", "audit.at", "audit.kind", "audit.username",
            "audit.address", "audit.action", "audit.target", "audit.result", "audit.detail");

    private final AuditService audit;
    private final Exports exports;
    private final Formats formats;
    private final Clock clock;

    @GetMapping("/audit")
    String list(Scope scope,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String user, @RequestParam(required = false) AuditKind kind,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page,
                HttpServletRequest request, Model model) {
        AuditQuery query = new AuditQuery(from, to, user, kind, q);
        Page<AuditEntry> rows = audit.search(scope, query, Pagination.request(page, 50));
        model.addAttribute("rows", rows);
        model.addAttribute("pagination", Pagination.of(rows, request));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("user", user);
        model.addAttribute("kind", kind);
        model.addAttribute("q", q);
        model.addAttribute("kinds", AuditKind.values());
        model.addAttribute("exportQuery", request.getQueryString());
        return "audit/list";
    }

    @GetMapping("/audit/export")
    void export(Scope scope,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String user, @RequestParam(required = false) AuditKind kind,
                @RequestParam(required = false) String q, Locale locale, HttpServletResponse response)
            throws IOException {
        AuditQuery query = new AuditQuery(from, to, user, kind, q);
        exports.send(response, locale, "audit.title", HEADERS, 2000, p -> audit.search(scope, query, p),
                e -> new Object[] {e.seq(), formats.time(e.at()), exports.label(e.kind(), locale), e.username(),
                        e.address(), e.action(), e.target(), e.result(), e.detail()});
    }

    /** The chain checked now; the outcome shows on the page and is itself a row of the log. */
    @PostMapping("/audit/check")
    String check(Scope scope, RedirectAttributes redirect) {
        ChainCheck check = audit.verify(scope);
        redirect.addFlashAttribute("check", check);
        redirect.addFlashAttribute("checkedAt", clock.instant());
        return "redirect:/audit";
    }
}
