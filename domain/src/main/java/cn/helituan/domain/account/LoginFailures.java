package cn.helituan.domain.account;

import java.time.Instant;

/** Failed sign-ins by key ({@code name:…}, {@code address:…}), V54. */
public interface LoginFailures {

    /** The key's failures since the instant (0 when its last failure is older). */
    int since(String key, Instant since);

    /** Counts one more failure at the instant (starting again from 1 when the last is older than since); the count. */
    int add(String key, Instant at, Instant since);

    /** Sets the key's count back to 0. */
    void clear(String key);
}
