package cn.helituan.web.security;

import cn.helituan.domain.job.JobService;
import jakarta.servlet.http.HttpServletRequest;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Whether the menu offers 定时任务: to the whole deployment's org admin only ({@link JobService#readsRuns}), read from
 * the request's scope (already read for the page) when the layout asks. It sits beside {@link Viewer}, which decides
 * the other entries: security may use the job feature, the job feature may not use security back.
 */
@Component("jobMenu")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class JobMenu {

    private final JobService jobs;
    private final CurrentScope scopes;

    public boolean shown() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return false;
        }
        HttpServletRequest request = attributes.getRequest();
        try {
            return jobs.readsRuns(scopes.of(request));
        } catch (RuntimeException noScope) {
            return false;
        }
    }
}
