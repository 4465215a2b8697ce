package org.sched4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SolveThreadsTest {

    @Test
    void returnsEverySearchsResultInOrder() {
        Deadline deadline = Deadline.after(Duration.ofHours(1), Termination.create());
        List<Callable<Integer>> searches = List.of(() -> 1, () -> 2, () -> 3);

        assertThat(SolveThreads.runAll(searches, "test-search-", deadline)).containsExactly(1, 2, 3);
    }

    @Test
    void aFailingSearchStopsTheOthersAndIsRethrownOnceAllHaveEnded() {
        Deadline deadline = Deadline.after(Duration.ofHours(1), Termination.create());
        AtomicBoolean otherEnded = new AtomicBoolean();
        List<Callable<Integer>> searches = List.of(() -> {
            throw new IllegalStateException("broken search");
        }, () -> {
            while (!deadline.isReached()) {
                Thread.onSpinWait();
            }
            otherEnded.set(true);
            return 2;
        });

        assertThatThrownBy(() -> SolveThreads.runAll(searches, "test-search-", deadline))
                .isInstanceOf(IllegalStateException.class).hasMessage("broken search");
        assertThat(otherEnded).isTrue();
    }

    @Test
    void anInterruptWhileWaitingRequestsTheTerminationWaitsAndKeepsTheFlag() throws InterruptedException {
        Termination termination = Termination.create();
        CountDownLatch waiting = new CountDownLatch(1);
        Thread search = Thread.ofPlatform().start(() -> {
            waiting.countDown();
            while (!termination.isRequested()) {
                Thread.onSpinWait();
            }
        });
        boolean[] flagAfterJoin = new boolean[1];
        Thread caller = Thread.ofPlatform().start(() -> {
            SolveThreads.join(termination, search, null);
            flagAfterJoin[0] = Thread.currentThread().isInterrupted();
        });
        waiting.await();
        caller.interrupt();
        caller.join();

        assertThat(search.isAlive()).isFalse();
        assertThat(termination.isRequested()).isTrue();
        assertThat(flagAfterJoin[0]).isTrue();
    }
}
