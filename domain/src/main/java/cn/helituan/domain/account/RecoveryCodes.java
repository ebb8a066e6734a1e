package cn.helituan.domain.account;

import java.time.Instant;
import java.util.List;

/** The SHA-256 of an account's single-use recovery codes (V70); rows are only marked, never deleted. */
public interface RecoveryCodes {

    /** Marks the account's unused codes replaced and adds the new ones. */
    void replace(long accountId, List<String> codeHashes, Instant at);

    /** Marks the unused code with this hash used; whether there was one (a code is good once). */
    boolean use(long accountId, String codeHash, Instant at);

    /** Marks every unused code of the account replaced (the second factor reset). */
    void retire(long accountId, Instant at);

    int unused(long accountId);
}
