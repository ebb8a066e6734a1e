package cn.helituan.domain.job;

/** A {@link DeferredTask}'s work on a key, queued when the publishing transaction commits. */
public record Deferred(String task, String key) {
}
