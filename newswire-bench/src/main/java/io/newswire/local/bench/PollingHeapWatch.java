package io.newswire.local.bench;

import com.sun.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The heap of this JVM during a phase: the largest used heap sampled every 100 ms, the sum of the heap pools' own
 * peaks (an upper bound: the pools need not peak together), and the largest heap left after a collection (the
 * live set).
 */
public final class PollingHeapWatch implements AutoCloseable {

    /** What a phase used, in bytes. */
    public record Heap(long peakSampled, long peakPoolsSum, long peakAfterGc, long max) {
    }

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
            .filter(GarbageCollectorMXBean.class::isInstance).map(GarbageCollectorMXBean.class::cast).toList();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "heap-watch");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long peakSampled;
    private volatile long peakAfterGc;

    public PollingHeapWatch() {
        sampler.scheduleAtFixedRate(this::sample, 0, 100, TimeUnit.MILLISECONDS);
    }

    /** Starts a new phase: the peaks so far are forgotten. */
    public synchronized void reset() {
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        peakSampled = 0;
        peakAfterGc = 0;
    }

    public synchronized Heap peaks() {
        sample();
        long poolsSum = pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Heap(peakSampled, poolsSum, peakAfterGc, ManagementFactory.getMemoryMXBean()
                .getHeapMemoryUsage().getMax());
    }

    private synchronized void sample() {
        peakSampled = Math.max(peakSampled, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        for (GarbageCollectorMXBean collector : collectors) {
            var last = collector.getLastGcInfo();
            if (last != null) {
                long after = last.getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> pools.stream().anyMatch(p -> p.getName().equals(e.getKey())))
                        .map(Map.Entry::getValue).mapToLong(MemoryUsage::getUsed).sum();
                peakAfterGc = Math.max(peakAfterGc, after);
            }
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
