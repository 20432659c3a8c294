package cn.gov.baoji.credit.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import cn.gov.baoji.credit.support.MovableClock;
import org.junit.jupiter.api.Test;

class SlidingWindowLimitTest {

    final MovableClock clock = new MovableClock(Instant.parse("2026-03-19T08:00:00Z"));
    final SlidingWindowLimit limit = new SlidingWindowLimit(3, Duration.ofHours(1), clock);

    @Test
    void allowsTheLimitWithinTheWindowThenSaysHowLongToWait() {
        assertThat(limit.tryAcquire("10.0.0.1")).isEmpty();
        clock.advance(Duration.ofMinutes(10));
        assertThat(limit.tryAcquire("10.0.0.1")).isEmpty();
        assertThat(limit.tryAcquire("10.0.0.1")).isEmpty();

        assertThat(limit.tryAcquire("10.0.0.1")).contains(Duration.ofMinutes(50));
        assertThat(limit.tryAcquire("10.0.0.2")).as("another address").isEmpty();
    }

    @Test
    void theWindowSlides() {
        limit.tryAcquire("10.0.0.1");
        clock.advance(Duration.ofMinutes(30));
        limit.tryAcquire("10.0.0.1");
        limit.tryAcquire("10.0.0.1");
        clock.advance(Duration.ofMinutes(29));
        assertThat(limit.tryAcquire("10.0.0.1")).contains(Duration.ofMinutes(1));

        clock.advance(Duration.ofMinutes(1)); // the first event is an hour old now
        assertThat(limit.tryAcquire("10.0.0.1")).isEmpty();
        assertThat(limit.tryAcquire("10.0.0.1")).isPresent();
    }

    @Test
    void refusedAttemptsDoNotCount() {
        IntStream.range(0, 10).forEach(i -> limit.tryAcquire("10.0.0.1"));
        clock.advance(Duration.ofHours(1));
        assertThat(IntStream.range(0, 3).mapToObj(i -> limit.tryAcquire("10.0.0.1"))).allMatch(Optional::isEmpty);
    }

    @Test
    void concurrentAttemptsNeverExceedTheLimit() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            var results = pool.invokeAll(IntStream.range(0, 200)
                    .mapToObj(i -> (java.util.concurrent.Callable<Boolean>) () -> limit.tryAcquire("10.0.0.9").isEmpty())
                    .toList());
            long allowed = 0;
            for (Future<Boolean> result : results) {
                allowed += result.get() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(3);
        } finally {
            pool.shutdown();
            pool.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void manyAddressesAreForgottenOnceTheirWindowPassed() {
        IntStream.range(0, 1_500).forEach(i -> limit.tryAcquire("10.1." + (i / 256) + "." + (i % 256)));
        clock.advance(Duration.ofHours(2));
        IntStream.range(0, 1_000).forEach(i -> limit.tryAcquire("10.2.0.1"));
        // every old address may act again at once; the limit still holds for the busy one
        assertThat(limit.tryAcquire("10.1.0.1")).isEmpty();
        assertThat(limit.tryAcquire("10.2.0.1")).isPresent();
    }
}
