package app.rapport.analytics;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A small time-bounded cache of network reports. Computing one reads every connection, so concurrent
 * requests for the same key wait for one computation instead of each starting their own, and at most
 * {@code size} windows are kept (least recently used goes first).
 */
final class NetworkCache {

    private record Entry(long createdNanos, NetworkReport report) {
    }

    private final long ttlNanos;
    private final Map<String, Entry> entries;

    NetworkCache(Duration ttl, int size) {
        this.ttlNanos = ttl.toNanos();
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > size;
            }
        };
    }

    /** One computation at a time bounds the cost under load; a computation takes well under a second here. */
    synchronized NetworkReport get(String key, Supplier<NetworkReport> compute) {
        Entry entry = entries.get(key);
        long now = System.nanoTime();
        if (entry != null && now - entry.createdNanos() < ttlNanos) {
            return entry.report();
        }
        NetworkReport report = compute.get();
        if (ttlNanos > 0) {
            entries.put(key, new Entry(System.nanoTime(), report));
        }
        return report;
    }

    synchronized void clear() {
        entries.clear();
    }
}
