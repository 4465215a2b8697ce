package org.sched4j.localsearch.timefold;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sched4j.api.Deadline;

/**
 * The Timefold solver factories of one sched4j solver, one per configuration, built once and kept for later solves;
 * for sched4j's Timefold solvers.
 *
 * <p>A factory is built on a daemon thread, so that the caller can do other work meanwhile (on a cold JVM, loading
 * Timefold's classes takes about a second); Timefold's factories are thread-safe, so concurrent solves share one.
 * The configuration is keyed by what varies between solves (the seed, which Timefold reads only from the
 * configuration, and the engine parameters); the {@value #CAPACITY} most recently used are kept.
 *
 * @param <K> the key: a value that determines the configuration, with {@code equals} and {@code hashCode}
 * @param <S> the planning solution type
 */
public final class SolverFactoryCache<K, S> {

    /** How many factories are kept. */
    public static final int CAPACITY = 8;

    /** How often a solve waiting for its factory checks its deadline. */
    private static final Duration POLL = Duration.ofMillis(10);

    private final Map<K, CompletableFuture<SolverFactory<S>>> factories = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<K, CompletableFuture<SolverFactory<S>>> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * The factory for {@code key}: the one kept, or one being built from {@code config} (which {@code key}
     * determines) on a daemon thread. The future completes exceptionally when building fails.
     */
    public CompletableFuture<SolverFactory<S>> factory(K key, SolverConfig config) {
        synchronized (factories) {
            CompletableFuture<SolverFactory<S>> kept = factories.get(key);
            if (kept != null && !kept.isCompletedExceptionally()) {
                return kept;
            }
            CompletableFuture<SolverFactory<S>> factory = new CompletableFuture<>();
            Thread.ofPlatform().daemon().name("sched4j-timefold-factory").start(() -> {
                try {
                    factory.complete(SolverFactory.create(config));
                } catch (RuntimeException | Error failure) {
                    factory.completeExceptionally(failure);
                }
            });
            factories.put(key, factory);
            return factory;
        }
    }

    /**
     * The factory once built, or {@code null} when {@code deadline} is reached first (polled every
     * {@code 10} ms, so that an early termination is noticed) or this thread is interrupted (its flag stays set).
     *
     * @throws RuntimeException what building the factory threw
     */
    public static <S> SolverFactory<S> await(CompletableFuture<SolverFactory<S>> factory, Deadline deadline) {
        while (!deadline.isReached()) {
            try {
                return factory.get(POLL.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // poll the deadline again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException("building the Timefold solver failed", e.getCause());
            }
        }
        return null;
    }
}
