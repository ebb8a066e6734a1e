package cn.helituan.web.job;

import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.job.JobRun;
import cn.helituan.domain.job.JobRunOutcome;
import cn.helituan.domain.job.JobService;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The org admin's view of the things that happen on their day: each daily job with its last run and a button to run
 * it now, and the runs (newest first, of one job when chosen) with their outcome.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JobController {

    private static final int PAGE_SIZE = 30;

    private final JobService jobs;

    @GetMapping("/jobs")
    String list(Scope scope, @RequestParam(required = false) String job, @RequestParam(defaultValue = "1") int page,
                HttpServletRequest request, Model model) {
        model.addAttribute("lines", jobs.lines(scope));
        Page<JobRun> runs = jobs.runs(scope, job, Pagination.request(page, PAGE_SIZE));
        model.addAttribute("runs", runs);
        model.addAttribute("job", job == null || job.isBlank() ? null : job);
        model.addAttribute("pagination", Pagination.of(runs, request));
        model.addAttribute("failed", JobRunOutcome.FAILED);
        return "jobs/list";
    }

    @PostMapping("/jobs/{name}/run")
    String run(Scope scope, @PathVariable String name, RedirectAttributes redirect) {
        try {
            JobRun run = jobs.runNow(scope, name);
            if (run.getOutcome() == JobRunOutcome.FAILED) {
                redirect.addFlashAttribute("failure", "flash.job.failed");
            } else {
                redirect.addFlashAttribute("success", "flash.job.ran");
            }
        } catch (RuleViolation refused) {
            redirect.addFlashAttribute("failure", refused.messageKey());
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/jobs").queryParam("job", name).build().encode()
                .toUriString();
    }
}
