package cn.helituan.domain.audit;

import cn.helituan.domain.job.DailyJob;
import cn.helituan.domain.job.JobOutcome;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Every day, the security log's chain is read again and every hash recomputed; the outcome is a row of the log. */
@Component
@RequiredArgsConstructor
class AuditCheckJob implements DailyJob {

    private final AuditService audit;

    @Override
    public String name() {
        return "audit-check";
    }

    @Override
    public JobOutcome run(LocalDate day) {
        ChainCheck check = audit.verifyAndRecord("system");
        return check.whole() ? new JobOutcome(0, "OK: " + check.rows() + " rows")
                : new JobOutcome(1, "BROKEN at seq " + check.brokenAt());
    }
}
