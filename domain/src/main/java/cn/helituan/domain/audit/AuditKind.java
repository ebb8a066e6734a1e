package cn.helituan.domain.audit;

/** What an entry of the security log records (V71). */
public enum AuditKind {
    /** The password was right (with a second factor to follow for the accounts asked for one). */
    SIGNED_IN,
    SIGN_IN_FAILED,
    /** A sign-in refused for want of the image challenge (three failures of the name, or many from the address). */
    SIGN_IN_CHALLENGED,
    SECOND_FACTOR_PASSED,
    SECOND_FACTOR_FAILED,
    /** Too many wrong codes: the half-signed-in session ended. */
    SECOND_FACTOR_BLOCKED,
    SECOND_FACTOR_ENROLLED,
    SECOND_FACTOR_RESET,
    RECOVERY_CODE_USED,
    SIGNED_OUT,
    /** A session ended: idle too long, replaced by a newer sign-in, or ended by the admin or a password change. */
    SESSION_ENDED,
    /** A whole personal number (a mobile) shown on a person's record (lists and exports star it). */
    PERSONAL_DATA_VIEWED,
    /** A request that changes something (every POST), with its answer. */
    WRITE,
    /** The daily check of the chain (or the auditor's): OK, or BROKEN at a row. */
    CHAIN_CHECKED,
    /** Rows older than the retention period moved to a closed archive batch. */
    ARCHIVED
}
