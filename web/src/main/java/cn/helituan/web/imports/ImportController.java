package cn.helituan.web.imports;

import cn.helituan.domain.common.ConcurrentEditException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.imports.ImportColumn;
import cn.helituan.domain.imports.ImportKind;
import cn.helituan.domain.imports.ImportProblem;
import cn.helituan.domain.imports.ImportRecord;
import cn.helituan.domain.imports.ImportService;
import cn.helituan.domain.imports.ImportStatus;
import cn.helituan.domain.job.BackgroundJob;
import cn.helituan.domain.job.BackgroundJobService;
import cn.helituan.web.common.Exports;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Forms;
import cn.helituan.web.common.Pagination;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 数据导入: upload a workbook (or CSV), see what it would create, update and leave unchanged and every bad row, then
 * confirm (all or nothing) or cancel; templates per kind; the kept file and a copy with the bad cells marked.
 * Organization-department administrators every kind, sub-team leaders the stationing register (the service checks).
 */
@Controller
class ImportController {

    private static final int PAGE_SIZE = 20;
    /** Rows to be created or updated that the preview lists (the tallies count them all). */
    private static final int SHOWN_CHANGES = 100;
    /** Files up to this size come back whole with their bad cells marked (the copy is built in memory). */
    private static final long MARKED_COPY_LIMIT = 5L * 1024 * 1024;
    private static final String LIST = "imports/list";
    /** The upload form's file field, where what is wrong with the file is said. */
    private static final String FILE = "file";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportService imports;
    private final ImportFiles files;
    private final ImportLabels labels;
    private final MessageSource messages;
    private final DataSize maxFileSize;
    private final BackgroundJobService jobs;

    ImportController(ImportService imports, ImportFiles files, MessageSource messages,
                     @Value("${helituan.import.max-file-size:50MB}") DataSize maxFileSize,
                     BackgroundJobService jobs) {
        this.imports = imports;
        this.jobs = jobs;
        this.files = files;
        this.labels = files.labels();
        this.messages = messages;
        this.maxFileSize = maxFileSize;
    }

    /** The kinds the user imports: every kind for an org admin, the stationing register for a sub-team leader. */
    @ModelAttribute("kinds")
    List<ImportKind> kinds(Scope scope) {
        return imports.kinds(scope);
    }

    /** The imports and the upload form; {@code kind} chosen beforehand (the stationing register's 导入 link). */
    @GetMapping("/imports")
    String list(Scope scope, @RequestParam(required = false) ImportKind kind,
                @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        var records = imports.list(scope, Pagination.request(page, PAGE_SIZE));
        model.addAttribute("records", records);
        model.addAttribute("pagination", Pagination.of(records, request));
        model.addAttribute("maxFileSize", maxFileSize.toMegabytes());
        model.addAttribute("allKinds", imports.kinds(scope).size() == ImportKind.values().length);
        if (!model.containsAttribute("uploadForm")) {
            UploadForm form = new UploadForm();
            List<ImportKind> allowed = imports.kinds(scope);
            form.setKind(kind != null && allowed.contains(kind) ? kind : allowed.size() == 1 ? allowed.get(0) : null);
            model.addAttribute("uploadForm", form);
        }
        return LIST;
    }

    /** A file that cannot be read comes back to the list (400) with the reason under the file, the kind kept. */
    @PostMapping("/imports")
    String upload(Scope scope, FormKey key, @ModelAttribute("uploadForm") UploadForm form, BindingResult result,
                  Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect)
            throws IOException {
        ImportKind kind = form.getKind();
        imports.requireKind(scope, kind);
        MultipartFile file = form.getFile();
        Path temp = Files.createTempFile("helituan-import-", ".upload");
        try {
            WorkbookReader.Format format = readable(file, temp, result);
            String view = Forms.submit(result, response, LIST, () -> {
                String name = fileName(file.getOriginalFilename());
                long id = key.create(scope, "import-upload", saved -> "/imports/" + saved,
                        () -> imports.upload(scope, name, format.name(), temp, kind).getId());
                try {
                    // the check runs in the background: the record's page shows its progress
                    jobs.submit(scope, ImportJobs.check(id));
                } catch (RuleViolation busy) {
                    redirect.addFlashAttribute("failure", busy.messageKey());
                }
                return "redirect:/imports/" + id;
            });
            if (!LIST.equals(view)) {
                return view;
            }
            if (response.getStatus() == HttpServletResponse.SC_OK) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
            return list(scope, kind, 1, request, model);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The file copied to {@code temp} and its format; or null, the reason on the form's field {@link #FILE}. */
    private WorkbookReader.Format readable(MultipartFile file, Path temp, BindingResult result) throws IOException {
        String problem = null;
        Object[] args = null;
        if (file == null || file.isEmpty()) {
            problem = file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty()
                    ? "import.file.required" : "import.file.empty";
        } else if (file.getSize() > maxFileSize.toBytes()) {
            problem = "import.file.tooLarge";
            args = new Object[] {maxFileSize.toMegabytes()};
        }
        WorkbookReader.Format format = null;
        if (problem == null) {
            file.transferTo(temp);
            try {
                format = WorkbookReader.detect(temp);
            } catch (ImportFileException e) {
                problem = e.messageKey();
                args = e.args();
            }
        }
        if (problem != null) {
            result.rejectValue(FILE, problem, args, null);
        }
        return format;
    }

    @GetMapping("/imports/{id}")
    String show(Scope scope, @PathVariable long id, @RequestParam(defaultValue = "1") int page,
                HttpServletRequest request, Locale locale, Model model) {
        model.addAttribute("record", imports.get(scope, id));
        model.addAttribute("job", jobs.latestOn(ImportJobs.SUBJECT, id).orElse(null));
        model.addAttribute("tallies", imports.tallies(scope, id));
        var problems = imports.problems(scope, id, Pagination.request(page, PAGE_SIZE));
        java.util.Map<String, ImportKind> kinds = new java.util.HashMap<>();
        imports.tallies(scope, id).forEach(t -> kinds.put(t.sheet(), t.kind()));
        model.addAttribute("problems", problems);
        model.addAttribute("problemRows", problems.getContent().stream().map(p -> new ProblemRow(p.sheet(),
                p.row(), columnName(p.columnIndex()), header(kinds.get(p.sheet()), p.column()), message(p, locale)))
                .toList());
        model.addAttribute("kept", ImportService.KEPT_PROBLEMS);
        model.addAttribute("changes", imports.changes(scope, id, SHOWN_CHANGES));
        model.addAttribute("shownChanges", SHOWN_CHANGES);
        model.addAttribute("pagination", Pagination.of(problems, request));
        model.addAttribute("history", imports.history(scope, id));
        return "imports/show";
    }

    /**
     * Checks the kept file again, in the background: after the missing work unit was added, or when the first
     * check did not finish (its job failed).
     */
    @PostMapping("/imports/{id}/check")
    String recheck(Scope scope, @PathVariable long id, RedirectAttributes redirect) {
        String url = "/imports/" + id;
        ImportRecord kept = imports.get(scope, id);
        return Forms.redirectAfter(redirect, () -> {
            if (!kept.cancellable() && kept.getStatus() != ImportStatus.REJECTED) {
                throw RuleViolation.global("import.notImportable");
            }
            jobs.submit(scope, ImportJobs.check(id));
        }, "import.check.queued", url, url);
    }

    /**
     * Queues the import (pass 2) in the background. The form's one-time key travels with the job and is claimed in
     * the pass's own transaction (ImportService.confirm), so a double submit never imports twice: the second is
     * refused while the first job waits or runs, and its key is refused once the first has imported.
     */
    @PostMapping("/imports/{id}/confirm")
    String confirm(Scope scope, @PathVariable long id, FormKey key, @RequestParam long version,
                   RedirectAttributes redirect) {
        String url = "/imports/" + id;
        ImportRecord kept = imports.get(scope, id);
        return Forms.redirectAfter(redirect, () -> {
            if (kept.getStatus() == ImportStatus.IMPORTED) {
                // a retry of the confirm that imported it (or any confirm since): never a second import
                throw RuleViolation.global("import.confirm.repeated");
            }
            if (!kept.importable()) {
                throw RuleViolation.global("import.notImportable");
            }
            if (kept.getVersion() != version) {
                throw new ConcurrentEditException("import", id);
            }
            jobs.submit(scope, ImportJobs.confirm(id, version, key.value()));
        }, "import.confirm.queued", url, url);
    }

    /**
     * The running job's progress (an htmx fragment the record's page polls every second). Once no job waits or runs
     * on the record any more, htmx is told to reload the page, which then shows what the job found.
     */
    @GetMapping("/imports/{id}/progress")
    String progress(Scope scope, @PathVariable long id, HttpServletResponse response, Model model) {
        model.addAttribute("record", imports.get(scope, id));
        BackgroundJob job = jobs.latestOn(ImportJobs.SUBJECT, id).orElse(null);
        model.addAttribute("job", job);
        if (job == null || !job.active()) {
            response.setHeader("HX-Refresh", "true");
        }
        return "imports/progress :: progress";
    }

    @PostMapping("/imports/{id}/cancel")
    String cancel(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        String url = "/imports/" + id;
        return Forms.redirectAfter(redirect, () -> imports.cancel(scope, id, version), "import.cancelled", url, url);
    }

    /** The uploaded file as it was. */
    @GetMapping("/imports/{id}/file")
    void file(Scope scope, @PathVariable long id, HttpServletResponse response) throws IOException {
        ImportRecord record = imports.get(scope, id);
        response.setContentType("CSV".equals(record.getFormat()) ? "text/csv" : XLSX);
        attachment(response, record.getFileName());
        imports.readFile(scope, id, in -> copy(in, response));
    }

    /** The uploaded workbook with every bad cell marked red and commented, and a list of the problems first. */
    @GetMapping("/imports/{id}/errors")
    void errors(Scope scope, @PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        ImportRecord record = imports.get(scope, id);
        List<ErrorWorkbook.CellError> errors = new ArrayList<>();
        for (ImportProblem p : imports.allProblems(scope, id)) {
            errors.add(new ErrorWorkbook.CellError(p.sheet(), p.row(), p.columnIndex(), message(p, locale)));
        }
        List<String> headers = List.of(text("import.errors.sheet", locale), text("import.errors.row", locale),
                text("import.errors.column", locale), text("import.errors.reason", locale));
        response.setContentType(XLSX);
        attachment(response, baseName(record.getFileName()) + "-" + text("import.errors.suffix", locale) + ".xlsx");
        withFile(scope, id, path -> {
            try (OutputStream out = response.getOutputStream()) {
                if (record.getFileSize() > MARKED_COPY_LIMIT) {
                    // too big to load and mark in memory: the list of problems alone
                    ErrorWorkbook.markCsv(List.of(), baseName(record.getFileName()), errors, headers, out);
                } else if ("CSV".equals(record.getFormat())) {
                    List<List<String>> rows = new ArrayList<>();
                    WorkbookReader.read(path, null, (row, formulas) -> {
                        while (rows.size() < row.number() - 1) {
                            rows.add(List.of());
                        }
                        rows.add(row.cells());
                    });
                    ErrorWorkbook.markCsv(rows, baseName(record.getFileName()), errors, headers, out);
                } else {
                    ErrorWorkbook.markXlsx(path, errors, headers, out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ImportFileException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    /** The template of one kind, or of every kind (one sheet each) when none is named. */
    @GetMapping("/imports/template")
    void template(Scope scope, @RequestParam(required = false) ImportKind kind, Locale locale,
                  HttpServletResponse response) throws IOException {
        imports.requireKind(scope, kind);
        response.setContentType(XLSX);
        attachment(response, text("import.template.file", locale)
                + (kind == null ? "" : "-" + labels.sheetName(kind)) + ".xlsx");
        try (OutputStream out = response.getOutputStream()) {
            files.writeTemplate(kind == null ? List.of(ImportKind.values()) : List.of(kind), List.of(), out);
        }
    }

    private FileImportSource source(Path path, String fileName, ImportKind kind) {
        return files.source(path, fileName, kind);
    }

    private <T> T withFile(Scope scope, long id, Function<Path, T> action) {
        return files.withFile(scope, id, action);
    }

    /** A problem as the page lists it: where (sheet, row, column letter and header) and why, translated. */
    record ProblemRow(String sheet, int row, String column, String header, String reason) {
    }

    private String header(ImportKind kind, String column) {
        if (kind == null || column == null) {
            return "";
        }
        return kind.column(column).map(c -> labels.header(kind, c)).orElse("");
    }

    /** 0 → A, 25 → Z, 26 → AA; "" for none. */
    static String columnName(int index) {
        if (index < 0) {
            return "";
        }
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    String message(ImportProblem p, Locale locale) {
        String column = p.column() == null ? "" : p.column();
        return messages.getMessage(p.messageKey(), new Object[] {p.argument() == null ? "" : p.argument(), column},
                p.messageKey(), locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static Object copy(InputStream in, HttpServletResponse response) {
        try (OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void attachment(HttpServletResponse response, String fileName) {
        response.setHeader("Content-Disposition",
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
    }

    private static String fileName(String original) {
        String name = original == null ? "upload" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String baseName(String fileName) {
        return ImportFiles.baseName(fileName);
    }
}
