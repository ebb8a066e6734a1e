package cn.helituan.domain.common;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The filter choices every list page shows (units of a scope, work units), which change rarely: kept for a minute,
 * and dropped whenever a service of this application commits a change to them. Callers check the user's rights
 * before asking: a key must hold everything the choices depend on (e.g. the scope's path), never the user.
 * <p>
 * Within one instance the choices are never stale; with several instances behind a load balancer another instance
 * may show a renamed unit under its old name for up to {@link #TTL}. Code that writes units or work units without
 * going through their services (an import) must call {@link #invalidateAfterCommit()}.
 */
@Component
public class ChoiceCache {

    public static final Duration TTL = Duration.ofMinutes(1);
    private static final int MAX_ENTRIES = 2_000;

    private record Entry(List<? extends Choice> choices, long expiresAt) {
    }

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    /** Raised by every invalidation: a load that began before one is not kept. */
    private final AtomicLong generation = new AtomicLong();
    private final Clock clock;

    public ChoiceCache() {
        this(Clock.systemUTC());
    }

    ChoiceCache(Clock clock) {
        this.clock = clock;
    }

    @SuppressWarnings("unchecked")
    public <T extends Choice> List<T> get(Object key, Supplier<List<T>> load) {
        if (TransactionSynchronizationManager.hasResource(this)) {
            // this transaction has changed choices it has not committed: it reads them, and keeps them to itself
            return load.get();
        }
        long now = clock.millis();
        Entry entry = entries.get(key);
        if (entry != null && entry.expiresAt() > now) {
            return (List<T>) entry.choices();
        }
        long loadedIn = generation.get();
        List<T> choices = List.copyOf(load.get());
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        if (generation.get() == loadedIn) {
            entries.put(key, new Entry(choices, now + TTL.toMillis()));
        }
        return choices;
    }

    /**
     * Drops every entry once the current transaction has committed (at once outside a transaction), so that no
     * reader caches the old choices again between the change and its commit. Until then the changing transaction
     * itself reads past the cache, and sees its own changes.
     */
    public void invalidateAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            clear();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                clear();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(ChoiceCache.this);
            }
        });
    }

    private void clear() {
        generation.incrementAndGet();
        entries.clear();
    }
}
