package cn.helituan.domain.audit;

/**
 * Something to write in the security log: who (the account, or the name typed at a failed sign-in), from which
 * address, what ({@code action}), which record ({@code target}), the result and a detail. Fields may be null.
 */
public record AuditEvent(AuditKind kind, String username, String address, String action, String target,
                         String result, String detail) {

    public static AuditEvent of(AuditKind kind, String username, String address, String detail) {
        return new AuditEvent(kind, username, address, null, null, null, detail);
    }
}
