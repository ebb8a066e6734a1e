package cn.helituan.domain.audit;

import java.time.Instant;

/** One row of the security log as the auditor reads it (seq: its place in the chain). */
public record AuditEntry(long seq, Instant at, AuditKind kind, String username, String address, String action,
                         String target, String result, String detail) {
}
