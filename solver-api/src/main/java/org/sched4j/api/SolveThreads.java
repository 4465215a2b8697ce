package org.sched4j.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;

/**
 * The threads of one solve: how an engine runs its searches on threads of their own and waits for every one of them to
 * end, so that no thread of the solve outlives it.
 *
 * <p>An interrupt of the waiting thread (the thread that called {@code solve}) is how a synchronous solve is asked to
 * stop early; it must not make the solve return (or lose its best solution) while its threads still run. So an
 * interrupt while waiting requests the solve's {@link Termination}, which the searches obey within milliseconds, and
 * the wait goes on until they have ended; the interrupt flag is set again before returning. ({@link Thread#join()}
 * clears the flag, so the searches cannot rely on seeing it: the termination must be requested explicitly.)
 */
public final class SolveThreads {

    private SolveThreads() {
    }

    /**
     * Runs each of {@code searches} on a platform thread named {@code namePrefix} and its index, and returns their
     * results in order once all have ended.
     *
     * @param deadline the solve's deadline, whose termination an interrupt requests
     * @throws RuntimeException the first failure of a search, as thrown (checked exceptions wrapped in an
     *                          {@link IllegalStateException}), once every search has ended (a failure requests the
     *                          termination, which stops the others)
     */
    public static <T> List<T> runAll(List<? extends Callable<T>> searches, String namePrefix, Deadline deadline) {
        Objects.requireNonNull(deadline, "deadline");
        List<FutureTask<T>> tasks = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < searches.size(); i++) {
            Callable<T> search = searches.get(i);
            FutureTask<T> task = new FutureTask<>(() -> {
                try {
                    return search.call();
                } catch (Exception | Error failure) {
                    deadline.termination().request();
                    throw failure;
                }
            });
            tasks.add(task);
            threads.add(Thread.ofPlatform().name(namePrefix + i).start(task));
        }
        boolean interrupted = awaitAll(deadline.termination(), threads);
        List<T> results = new ArrayList<>();
        RuntimeException failure = null;
        for (FutureTask<T> task : tasks) {
            switch (task.state()) {
                case SUCCESS -> results.add(task.resultNow());
                case FAILED -> {
                    if (failure == null) {
                        failure = task.exceptionNow() instanceof RuntimeException runtime ? runtime
                                : new IllegalStateException("a search thread failed", task.exceptionNow());
                    }
                }
                default -> throw new IllegalStateException("a search thread ended without a result: " + task.state());
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw failure;
        }
        return results;
    }

    /**
     * Waits until every one of {@code threads} (null entries are skipped) has ended. When this thread is interrupted,
     * before or while waiting, requests {@code termination} and goes on waiting; the interrupt flag is set on return.
     */
    public static void join(Termination termination, Thread... threads) {
        if (awaitAll(termination, Arrays.asList(threads))) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for every thread to end, requesting {@code termination} on an interrupt; whether there was one. */
    private static boolean awaitAll(Termination termination, List<Thread> threads) {
        boolean interrupted = Thread.interrupted();
        if (interrupted) {
            termination.request();
        }
        for (Thread thread : threads) {
            while (thread != null && thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                    termination.request();
                }
            }
        }
        return interrupted;
    }
}
