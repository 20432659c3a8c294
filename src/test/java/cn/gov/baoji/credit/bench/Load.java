package cn.gov.baoji.credit.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load: {@code clients} threads each run an operation back to back for a while; every call's latency is
 * kept (no sampling) so that p50 and p99 are exact. A paced variant sends at a fixed rate instead.
 */
final class Load {

    /** One call of a workload; returns false (or throws) for an error. */
    interface Operation {
        boolean call(int client) throws Exception;
    }

    private Load() {
    }

    static Result closed(String workload, int clients, Duration duration, Operation operation) {
        return run(workload, clients, duration, operation, null);
    }

    /** Sends at {@code perSecond} in all, spread over {@code clients} threads, for the duration. */
    static Result paced(String workload, int clients, double perSecond, Duration duration, Operation operation) {
        return run(workload, clients, duration, operation, perSecond);
    }

    private static Result run(String workload, int clients, Duration duration, Operation operation, Double pace) {
        List<long[]> latencies = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong tickets = new AtomicLong();
        CountDownLatch ready = new CountDownLatch(clients);
        List<Thread> threads = new ArrayList<>();
        long[] window = new long[2];
        Object lock = new Object();
        long start = System.nanoTime() + 200_000_000L;
        long end = start + duration.toNanos();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                LongList mine = new LongList();
                ready.countDown();
                sleepUntil(start);
                while (true) {
                    long due = System.nanoTime();
                    if (pace != null) {
                        due = start + (long) (tickets.getAndIncrement() * 1e9 / pace);
                        sleepUntil(due);
                    }
                    long t0 = System.nanoTime();
                    if (t0 >= end) {
                        break;
                    }
                    boolean ok;
                    try {
                        ok = operation.call(client);
                    } catch (Exception e) {
                        ok = false;
                    }
                    long t1 = System.nanoTime();
                    if (ok) {
                        mine.add(t1 - t0);
                    } else {
                        errors.incrementAndGet();
                    }
                }
                synchronized (lock) {
                    latencies.add(mine.toArray());
                    window[1] = Math.max(window[1], System.nanoTime());
                }
            }, "bench-" + workload + "-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double seconds = (window[1] - start) / 1e9;
        return new Result(workload, clients, all.length, errors.get(), seconds, all.length / seconds,
                percentile(all, 0.50), percentile(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
    }

    static void sleepUntil(long nanoTime) {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Figures of one workload at one concurrency; latencies in milliseconds. */
    record Result(String workload, int clients, long operations, long errors, double seconds, double perSecond,
                  double p50Ms, double p99Ms, double maxMs) {
    }

    /** A growable array of longs, to keep latencies without boxing. */
    static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
