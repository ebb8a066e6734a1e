package cn.helituan.domain.account;

/**
 * An account's password was changed by its owner or reset by an admin (published in the transaction): its API tokens
 * are already revoked; the web ends its sessions — all of them after a reset, the others after the owner's change.
 */
public record CredentialsReplaced(long accountId, String username) {
}
