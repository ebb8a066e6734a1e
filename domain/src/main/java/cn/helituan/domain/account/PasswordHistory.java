package cn.helituan.domain.account;

import java.time.Instant;
import java.util.List;

/** The hashes of an account's replaced passwords (V54), newest first; only ever added to. */
public interface PasswordHistory {

    void add(long accountId, String passwordHash, Instant replacedAt);

    /** The hashes of the account's last {@code count} replaced passwords, newest first. */
    List<String> recent(long accountId, int count);
}
