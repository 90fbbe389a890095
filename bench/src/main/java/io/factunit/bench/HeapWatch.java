package io.factunit.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The heap a run needed: the peak used (garbage included, so it depends on -Xmx and the collector) and the
 * largest heap still in use right after a collection, an upper bound of what the run keeps alive (after a
 * young collection the old generation may still hold garbage).
 */
final class HeapWatch {
    private final AtomicLong liveAfterGc = new AtomicLong();
    private final Set<String> heapPools = new HashSet<>();

    HeapWatch() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info =
                                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                .filter(pool -> heapPools.contains(pool.getKey()))
                                .mapToLong(pool -> pool.getValue().getUsed()).sum();
                        liveAfterGc.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }
    }

    /** Sum of the heap pools' peak usage since the JVM started. */
    long peakUsed() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** The largest heap in use right after any collection so far. */
    long liveAfterGc() {
        return liveAfterGc.get();
    }

    long max() {
        return Runtime.getRuntime().maxMemory();
    }
}
