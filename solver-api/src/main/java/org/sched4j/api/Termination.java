package org.sched4j.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A request to stop a solve before its time limit, shared by every thread of that solve.
 *
 * <p>A termination is requested by {@link #request()} (what {@link SolverJob#terminateEarly()} calls) or, when it
 * watches a thread, by interrupting that thread: a solve stopped either way returns its best valid result. Engines do
 * not read it directly but through their {@link Deadline}, which counts a requested termination as a deadline
 * reached; an engine that blocks in native code (CP-SAT) registers a callback with {@link #onRequest(Runnable)}.
 *
 * <p>Thread-safe. A watched thread's interrupt is noticed by {@link #isRequested()} at once and by the callbacks
 * within {@value #POLL_MILLIS} ms (a daemon thread polls it while callbacks are registered).
 */
public final class Termination {

    /** How often, in milliseconds, a watched thread's interrupt flag is polled for the registered callbacks. */
    public static final int POLL_MILLIS = 10;

    private static final class Watcher {
        private static final ScheduledExecutorService POLLER = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "sched4j-termination-watch");
            thread.setDaemon(true);
            return thread;
        });
    }

    private final Thread watched;
    private volatile boolean requested;
    private final List<Runnable> callbacks = new ArrayList<>();

    private Termination(Thread watched) {
        this.watched = watched;
    }

    /** A termination requested only by {@link #request()}. */
    public static Termination create() {
        return new Termination(null);
    }

    /** A termination requested by {@link #request()} or by interrupting {@code thread}. */
    public static Termination watching(Thread thread) {
        return new Termination(Objects.requireNonNull(thread, "thread"));
    }

    /** Requests the termination: runs every registered callback once, on this thread. Idempotent. */
    public void request() {
        List<Runnable> toRun;
        synchronized (callbacks) {
            if (requested) {
                return;
            }
            requested = true;
            toRun = List.copyOf(callbacks);
            callbacks.clear();
        }
        toRun.forEach(Runnable::run);
    }

    /**
     * Returns true once termination was requested or the watched thread was seen interrupted. Seeing the interrupt
     * requests the termination (running the callbacks), so that it holds even if the thread's flag is later cleared.
     */
    public boolean isRequested() {
        if (requested) {
            return true;
        }
        if (watched != null && watched.isInterrupted()) {
            request();
            return true;
        }
        return false;
    }

    /**
     * Runs {@code callback} once when termination is requested (at once if it already was), e.g. to stop a search that
     * blocks in native code. Close the registration when the search is over.
     */
    public Registration onRequest(Runnable callback) {
        Objects.requireNonNull(callback, "callback");
        synchronized (callbacks) {
            if (!requested) {
                callbacks.add(callback);
                ScheduledFuture<?> poll = watched == null ? null : Watcher.POLLER.scheduleWithFixedDelay(() -> {
                    if (watched.isInterrupted()) {
                        request();
                    }
                }, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
                return () -> {
                    if (poll != null) {
                        poll.cancel(false);
                    }
                    synchronized (callbacks) {
                        callbacks.remove(callback);
                    }
                };
            }
        }
        callback.run();
        return () -> {
        };
    }

    /** A registered callback; closing it unregisters the callback. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
