package cn.gov.baoji.credit.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code limit} events per key (a client address) within any window of the given length, counted in
 * memory on this node. Keys without events in the window are dropped now and then, so memory stays bounded by
 * the addresses active within one window.
 */
final class SlidingWindowLimit {

    private static final int SWEEP_EVERY = 1_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final ConcurrentHashMap<String, Deque<Instant>> events = new ConcurrentHashMap<>();
    private final AtomicInteger sinceSweep = new AtomicInteger();

    SlidingWindowLimit(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    int limit() {
        return limit;
    }

    /**
     * Counts one event for the key if it had fewer than the limit in the window.
     *
     * @return empty when counted, otherwise how long until the key may try again
     */
    Optional<Duration> tryAcquire(String key) {
        Instant now = clock.instant();
        Duration[] wait = new Duration[1];
        events.compute(key, (k, times) -> {
            Deque<Instant> recent = times == null ? new ArrayDeque<>() : times;
            dropExpired(recent, now);
            if (recent.size() >= limit) {
                wait[0] = Duration.between(now, recent.peekFirst().plus(window));
            } else {
                recent.addLast(now);
            }
            return recent;
        });
        if (sinceSweep.incrementAndGet() >= SWEEP_EVERY) {
            sinceSweep.set(0);
            sweep(now);
        }
        return Optional.ofNullable(wait[0]);
    }

    private void sweep(Instant now) {
        for (String key : events.keySet()) {
            events.computeIfPresent(key, (k, times) -> {
                dropExpired(times, now);
                return times.isEmpty() ? null : times;
            });
        }
    }

    private void dropExpired(Deque<Instant> times, Instant now) {
        Instant oldestKept = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldestKept)) {
            times.removeFirst();
        }
    }
}
