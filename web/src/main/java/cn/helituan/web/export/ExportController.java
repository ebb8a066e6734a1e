package cn.helituan.web.export;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.job.BackgroundJob;
import cn.helituan.domain.job.BackgroundJobService;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A large export made in the background: its page (progress while it runs, then the download), the fragment the
 * page polls, and the file. Only the person who asked for it sees any of them (another gets 404).
 */
@Controller
class ExportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final BackgroundJobService jobs;

    ExportController(BackgroundJobService jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/exports/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("job", export(scope, id));
        return "exports/show";
    }

    /** The running export's progress; once it has ended, htmx is told to reload the page (with the download). */
    @GetMapping("/exports/{id}/progress")
    String progress(Scope scope, @PathVariable long id, HttpServletResponse response, Model model) {
        BackgroundJob job = export(scope, id);
        model.addAttribute("job", job);
        if (!job.active()) {
            response.setHeader("HX-Refresh", "true");
        }
        return "exports/show :: progress";
    }

    @GetMapping("/exports/{id}/file")
    void file(Scope scope, @PathVariable long id, HttpServletResponse response) {
        BackgroundJob job = export(scope, id);
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(job.getResultName(), StandardCharsets.UTF_8).build().toString());
        if (job.getResultSize() != null) {
            response.setContentLengthLong(job.getResultSize());
        }
        jobs.readResult(scope, id, in -> {
            try (OutputStream out = response.getOutputStream()) {
                in.transferTo(out);
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private BackgroundJob export(Scope scope, long id) {
        BackgroundJob job = jobs.get(scope, id);
        if (!ExportJobs.KIND.equals(job.getKind())) {
            throw new cn.helituan.domain.common.NotFoundException("export", id);
        }
        return job;
    }
}
