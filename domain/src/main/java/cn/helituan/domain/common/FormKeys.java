package cn.helituan.domain.common;

import java.util.Optional;
import java.util.UUID;

/** The one-time keys of create forms (table {@code form_key}): who claimed a key, for which form, what it saved. */
public interface FormKeys {

    /**
     * Claims the key for the account and form in the current transaction; false when it is claimed already. A claim
     * of the same key by a transaction still running waits for it: after its commit this answers false, after its
     * rollback the key is ours.
     */
    boolean claim(UUID key, long accountId, String form);

    /** Notes the record the claimed key saved (same transaction as the claim). */
    void settle(UUID key, long recordId);

    Optional<ClaimedKey> find(UUID key);

    record ClaimedKey(UUID key, long accountId, String form, Long recordId) {
    }
}
