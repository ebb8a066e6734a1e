package cn.helituan.domain.job;

import java.time.LocalTime;

/**
 * A {@link DeferredTask}'s work on a key, queued when the publishing transaction commits: due at once, or at the next
 * {@code at} (a time of day in the deployment's zone) for work that can wait for a quiet hour.
 */
public record Deferred(String task, String key, LocalTime at) {

    /** Work due at once. */
    public Deferred(String task, String key) {
        this(task, key, null);
    }
}
