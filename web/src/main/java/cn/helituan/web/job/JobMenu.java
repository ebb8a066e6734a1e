package cn.helituan.web.job;

import cn.helituan.domain.job.JobService;
import cn.helituan.web.security.CurrentScope;
import jakarta.servlet.http.HttpServletRequest;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Whether the menu offers 定时任务: to the whole deployment's org admin only ({@link JobService#readsRuns}), read from
 * the request's scope (already read for the page) when the layout asks.
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
