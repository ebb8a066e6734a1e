package cn.helituan.web.crossteam;

import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.crossteam.CrossTeamBudget;
import cn.helituan.domain.crossteam.CrossTeamReading;
import cn.helituan.domain.crossteam.CrossTeamView;
import cn.helituan.domain.crossteam.Spending;
import cn.helituan.web.common.Exports;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Forms;
import cn.helituan.web.common.Pagination;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageImpl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A team's budget ledger (经费台账): its pages (the newest entries first, 20 a page), a spending entry (with its invoice),
 * cancelling one, the attachment, the export.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CrossTeamLedgerController {

    private static final String FORM = "crossTeams/spending";
    private static final List<String> HEADERS = List.of("field.Spending.spentOn", "field.Spending.purpose",
            "field.Spending.amount", "field.Spending.activityId", "field.Spending.projectId",
            "field.Spending.attachmentName", "field.Spending.overrideBy", "field.Spending.overrideReason",
            "field.Spending.cancelled", "field.Spending.cancelledReason");

    private final CrossTeamReading reading;
    private final CrossTeamBudget budget;
    private final Exports exports;
    private final java.time.Clock clock;

    static final int PAGE_SIZE = 20;

    @GetMapping("/cross-teams/{id}/ledger")
    String ledger(Scope scope, @PathVariable long id, @RequestParam(defaultValue = "1") int page,
                  HttpServletRequest request, Model model) {
        CrossTeamReading.LedgerPage ledger = reading.ledgerPage(scope, id,
                Pagination.request(page, PAGE_SIZE));
        model.addAttribute("ledger", ledger);
        model.addAttribute("page", Math.max(page, 1));
        model.addAttribute("pagination", Pagination.of(ledger.entries(), request));
        return "crossTeams/ledger";
    }

    @GetMapping("/cross-teams/{id}/spending/new")
    String blank(Scope scope, @PathVariable long id, Model model) {
        CrossTeamView view = managed(scope, id);
        SpendingForm form = new SpendingForm();
        form.setSpentOn(java.time.LocalDate.now(clock));
        model.addAttribute("form", form);
        model.addAttribute("view", view);
        return FORM;
    }

    @PostMapping("/cross-teams/{id}/spending/new")
    String spend(Scope scope, FormKey key, @PathVariable long id, @Valid @ModelAttribute("form") SpendingForm form,
                 BindingResult result, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        model.addAttribute("view", managed(scope, id));
        return Forms.submit(result, response, FORM, () -> {
            CrossTeamBudget.Attachment attachment = attachment(form.getAttachment());
            key.create(scope, "cross-team-spending", saved -> "/cross-teams/" + id + "#budget",
                    () -> budget.spend(scope, id, form.details(), attachment).getId());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/cross-teams/" + id + "#budget";
        });
    }

    @PostMapping("/cross-teams/{id}/spending/{spendingId}/cancel")
    String cancel(Scope scope, @PathVariable long id, @PathVariable long spendingId, @RequestParam long version,
                  @RequestParam(required = false) String reason, @RequestParam(defaultValue = "1") int page,
                  RedirectAttributes redirect) {
        // back to the ledger's page the entry was cancelled from, at the entry
        String back = "/cross-teams/" + id + "/ledger?page=" + Math.max(page, 1) + "#spending-" + spendingId;
        return Forms.redirectAfter(redirect, () -> budget.cancel(scope, id, spendingId, version, reason),
                "flash.saved", back, back);
    }

    @GetMapping("/cross-teams/{id}/spending/{spendingId}/attachment")
    ResponseEntity<byte[]> attachment(Scope scope, @PathVariable long id, @PathVariable long spendingId) {
        CrossTeamBudget.Attachment file = budget.attachment(scope, id, spendingId);
        // only an image or a PDF keeps its type: anything else (an uploaded page) is served as bytes to download
        String given = file.contentType() == null ? "" : file.contentType();
        MediaType type = given.matches("image/(jpeg|png|webp)|application/pdf") ? MediaType.parseMediaType(given)
                : MediaType.APPLICATION_OCTET_STREAM;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @GetMapping("/cross-teams/{id}/ledger/export")
    void export(Scope scope, @PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        List<Spending> entries = reading.ledger(scope, id);
        exports.send(response, locale, "crossTeams.ledger", HEADERS, Math.max(entries.size(), 1),
                p -> new PageImpl<>(entries, p, entries.size()),
                (Spending s) -> new Object[] {s.getSpentOn(), s.getPurpose(), s.getAmount(), s.getActivityId(),
                    s.getProjectId(), s.getAttachmentName(), s.getOverrideBy(), s.getOverrideReason(),
                    exports.yesNo(s.isCancelled(), locale), s.getCancelledReason()});
    }

    private CrossTeamView managed(Scope scope, long id) {
        CrossTeamView view = reading.view(scope, id);
        if (!view.manages()) {
            throw new cn.helituan.domain.common.ForbiddenException("manage cross-town team");
        }
        return view;
    }

    private static CrossTeamBudget.Attachment attachment(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        if (file.getSize() > CrossTeamBudget.MAX_ATTACHMENT) {
            throw new RuleViolation("attachment", "crossteam.spending.attachmentTooLarge");
        }
        try {
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "attachment"
                    : file.getOriginalFilename();
            return new CrossTeamBudget.Attachment(name.length() > 200 ? name.substring(name.length() - 200) : name,
                    file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
