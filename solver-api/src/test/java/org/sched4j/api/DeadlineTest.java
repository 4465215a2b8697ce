package org.sched4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class DeadlineTest {

    private static SolveOptions limit(Duration timeLimit) {
        return new SolveOptions(timeLimit, 0, 1, false, Map.of());
    }

    @Test
    void keepsBackFivePercentOfAShortLimit() {
        Duration remaining = Deadline.of(limit(Duration.ofSeconds(1))).remaining();

        assertThat(remaining).isLessThanOrEqualTo(Duration.ofMillis(950)).isGreaterThan(Duration.ZERO);
    }

    @Test
    void keepsBackAtMostOneHundredMilliseconds() {
        Duration remaining = Deadline.of(limit(Duration.ofSeconds(100))).remaining();

        assertThat(remaining).isLessThanOrEqualTo(Duration.ofMillis(99_900))
                .as("generous room for a slow machine").isGreaterThan(Duration.ofSeconds(90));
    }

    @Test
    void aSpentDeadlineHasNothingLeft() throws InterruptedException {
        Deadline deadline = Deadline.after(Duration.ofMillis(1));
        Thread.sleep(5);

        assertThat(deadline.isReached()).isTrue();
        assertThat(deadline.remaining()).isEqualTo(Duration.ZERO);
        assertThat(deadline.isTerminationRequested()).isFalse();
    }

    @Test
    void aRequestedTerminationReachesTheDeadlineAndItsShares() {
        Termination termination = Termination.create();
        Deadline deadline = Deadline.of(limit(Duration.ofHours(1)).termination(termination));
        Deadline share = deadline.share(0.5);

        assertThat(deadline.isReached()).isFalse();
        termination.request();

        assertThat(deadline.isReached()).isTrue();
        assertThat(share.isReached()).isTrue();
        assertThat(deadline.remaining()).isEqualTo(Duration.ZERO);
        assertThat(deadline.delegatedOptions(limit(Duration.ofHours(1))).termination()).isSameAs(termination);
    }

    @Test
    void aShareEndsNoLaterThanItsParentAndKeepsTheStart() {
        Deadline deadline = Deadline.after(Duration.ofSeconds(10));
        Deadline longer = deadline.within(Duration.ofHours(1));
        Deadline shorter = deadline.within(Duration.ofSeconds(1));

        assertThat(longer.remaining()).isLessThanOrEqualTo(Duration.ofSeconds(10));
        assertThat(shorter.remaining()).isLessThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(shorter.elapsed()).isGreaterThanOrEqualTo(Duration.ZERO);
    }

    @Test
    void delegatedOptionsHandTheReserveOverWithTheRemainingTime() {
        SolveOptions options = limit(Duration.ofSeconds(100));
        Deadline deadline = Deadline.of(options);
        SolveOptions delegated = deadline.delegatedOptions(options);

        assertThat(delegated.timeLimit()).as("the delegate keeps its own reserve out of it")
                .isLessThanOrEqualTo(Duration.ofSeconds(100)).isGreaterThan(deadline.remaining());
        assertThat(delegated.termination()).isNotNull();
        assertThat(deadline.within(Duration.ofSeconds(1)).delegatedOptions(options).timeLimit())
                .as("a share has no reserve of its own").isLessThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void interruptingTheSolvingThreadReachesTheDeadlineAndRunsTheCallbacks() throws InterruptedException {
        CountDownLatch registered = new CountDownLatch(1);
        CountDownLatch called = new CountDownLatch(1);
        AtomicInteger reachedAfterInterrupt = new AtomicInteger();
        Thread solving = new Thread(() -> {
            Deadline deadline = Deadline.of(limit(Duration.ofHours(1)));
            try (Termination.Registration registration = deadline.onTermination(called::countDown)) {
                registered.countDown();
                while (!deadline.isReached()) {
                    Thread.onSpinWait();
                }
                reachedAfterInterrupt.set(Thread.currentThread().isInterrupted() ? 1 : -1);
                awaitQuietly(called);
            }
        });
        solving.start();
        registered.await();
        solving.interrupt();
        solving.join();

        assertThat(reachedAfterInterrupt.get()).as("the interrupt flag is left set").isEqualTo(1);
        assertThat(called.getCount()).as("the callback ran").isZero();
    }

    @Test
    void aCallbackRegisteredAfterTheRequestRunsAtOnce() {
        Termination termination = Termination.create();
        termination.request();
        AtomicInteger calls = new AtomicInteger();

        termination.onRequest(calls::incrementAndGet).close();
        termination.request();

        assertThat(calls.get()).isEqualTo(1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        boolean interrupted = Thread.interrupted();
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
