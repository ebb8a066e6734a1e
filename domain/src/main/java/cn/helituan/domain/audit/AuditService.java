package cn.helituan.domain.audit;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security log (等保三级 审计): written for every sign-in step and every write, outside the caller's transaction
 * so that a refused or failed action is logged too; read by the security auditor (安全审计员) only — the org admin, who
 * runs the system, can neither read nor clear it (三员分立; the database refuses changes to any account).
 */
@Service
@RequiredArgsConstructor
public class AuditService {

    private final AuditLog log;
    private final Clock clock;

    /**
     * Appends one row outside any transaction of the caller's (suspended, not joined: a refused or failed action is
     * logged too) and in none of its own: the insert commits as it runs (auto-commit), so the chain's lock
     * (V71's trigger) is released inside the database. In a transaction of its own the lock was held until this
     * thread sent the commit, which on a busy host waited for the thread's turn on a core, and every other write
     * queued behind it (docs/performance.md, "The security log's lock and the photo hash's index").
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void record(AuditEvent event) {
        log.append(clock.instant(), event);
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> search(Scope scope, AuditQuery query, Pageable pageable) {
        requireAuditor(scope);
        Instant from = query.from() == null ? null : query.from().atStartOfDay(clock.getZone()).toInstant();
        LocalDate to = query.to();
        Instant until = to == null ? null : to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return log.search(from, until, query, pageable);
    }

    /** The auditor's check now; its outcome is itself logged. */
    @Transactional
    public ChainCheck verify(Scope scope) {
        requireAuditor(scope);
        return verifyAndRecord(scope.username());
    }

    /** Checks the chain and logs the outcome as {@link AuditKind#CHAIN_CHECKED} (the daily job's call). */
    @Transactional
    public ChainCheck verifyAndRecord(String by) {
        ChainCheck check = log.verify();
        log.append(clock.instant(), new AuditEvent(AuditKind.CHAIN_CHECKED, by, null, null,
                check.whole() ? null : "seq " + check.brokenAt(), check.whole() ? "OK" : "BROKEN",
                check.rows() + " rows"));
        return check;
    }

    public static boolean reads(Scope scope) {
        return scope.role() == Role.AUDITOR;
    }

    private static void requireAuditor(Scope scope) {
        if (!reads(scope)) {
            throw new ForbiddenException("read the security log");
        }
    }
}
