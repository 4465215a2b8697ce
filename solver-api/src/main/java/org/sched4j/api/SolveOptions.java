package org.sched4j.api;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How long and how a solver may work. Each engine translates these options in exactly one adapter class.
 *
 * @param timeLimit  the wall-clock budget; a solver returns its best result no later than this after it is called
 *                   (plus a few milliseconds to stop and evaluate)
 * @param seed       the random seed; the same seed, threads and limits give the same result where the engine allows
 * @param threads    the number of threads the solver may keep busy, at least 1
 * @param log        whether the engine may print its own search log to standard error
 * @param parameters free-form engine parameters ({@code "cpsat.linearization_level" -> "2"}); unknown keys are
 *                   ignored by engines that do not use them
 */
public record SolveOptions(Duration timeLimit, long seed, int threads, boolean log, Map<String, String> parameters) {

    /** The defaults: 10 s, seed 0, every available processor, no engine log, no parameters. */
    public static final SolveOptions DEFAULT =
            new SolveOptions(Duration.ofSeconds(10), 0, Runtime.getRuntime().availableProcessors(), false, Map.of());

    public SolveOptions {
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive, got " + timeLimit);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        parameters = Map.copyOf(Objects.requireNonNull(parameters, "parameters"));
    }

    /** The defaults with the given time limit. */
    public static SolveOptions withTimeLimit(Duration timeLimit) {
        return DEFAULT.timeLimit(timeLimit);
    }

    public SolveOptions timeLimit(Duration newTimeLimit) {
        return new SolveOptions(newTimeLimit, seed, threads, log, parameters);
    }

    public SolveOptions seed(long newSeed) {
        return new SolveOptions(timeLimit, newSeed, threads, log, parameters);
    }

    public SolveOptions threads(int newThreads) {
        return new SolveOptions(timeLimit, seed, newThreads, log, parameters);
    }

    public SolveOptions log(boolean newLog) {
        return new SolveOptions(timeLimit, seed, threads, newLog, parameters);
    }

    public SolveOptions parameters(Map<String, String> newParameters) {
        return new SolveOptions(timeLimit, seed, threads, log, newParameters);
    }

    /** The engine parameter {@code key}, or {@code defaultValue} when it is not set. */
    public String parameter(String key, String defaultValue) {
        return parameters.getOrDefault(key, defaultValue);
    }

    /** The time limit in seconds, with millisecond precision. */
    public double timeLimitSeconds() {
        return timeLimit.toMillis() / 1000.0;
    }
}
