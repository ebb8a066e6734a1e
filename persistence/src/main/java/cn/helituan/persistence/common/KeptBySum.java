package cn.helituan.persistence.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Values kept with the sum of write counters they were computed under (V92's attendance stamp, V93's to-do stamps): a
 * value is answered only for the very sum it was kept with. At most {@code limit} values, the least recently read
 * dropped first. Safe for concurrent use.
 */
public final class KeptBySum<K, V> {

    private record Kept<V>(long sum, V value) {
    }

    private final Map<K, Kept<V>> kept;

    public KeptBySum(int limit) {
        kept = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Kept<V>> eldest) {
                return size() > limit;
            }
        };
    }

    /** The value kept for the key under this sum, or null. */
    public V get(K key, long sum) {
        Kept<V> found;
        synchronized (kept) {
            found = kept.get(key);
        }
        return found != null && found.sum() == sum ? found.value() : null;
    }

    public void put(K key, long sum, V value) {
        synchronized (kept) {
            kept.put(key, new Kept<>(sum, value));
        }
    }

    /**
     * The value kept for the key under this sum, else {@code compute}'s, kept with the sum — unless the reading
     * transaction is not {@code clean} (it has written: its own uncommitted raises are in the sum it read), when
     * {@code compute}'s value is neither taken from nor kept.
     */
    public V get(K key, long sum, boolean clean, Supplier<? extends V> compute) {
        if (!clean) {
            return compute.get();
        }
        V found = get(key, sum);
        if (found != null) {
            return found;
        }
        V value = compute.get();
        put(key, sum, value);
        return value;
    }
}
