package cn.gov.baoji.credit.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

import com.zaxxer.hikari.HikariPoolMXBean;

/** Samples, every 100 ms while a workload runs, the heap in use and the product's connection pool. */
final class Watch implements AutoCloseable {

    private final AtomicLong heapPeak = new AtomicLong();
    private final AtomicLong activePeak = new AtomicLong();
    private final AtomicLong awaitingPeak = new AtomicLong();
    private final Thread sampler;

    Watch(HikariPoolMXBean pool) {
        var memory = ManagementFactory.getMemoryMXBean();
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                heapPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                activePeak.accumulateAndGet(pool.getActiveConnections(), Math::max);
                awaitingPeak.accumulateAndGet(pool.getThreadsAwaitingConnection(), Math::max);
                Load.sleepUntil(System.nanoTime() + 100_000_000L);
            }
        }, "bench-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    long heapPeakMiB() {
        return heapPeak.get() / 1024 / 1024;
    }

    String pool() {
        return "at most " + activePeak.get() + " connections in use, " + awaitingPeak.get() + " threads waiting for one";
    }

    @Override
    public void close() {
        sampler.interrupt();
    }
}
