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
 * @param parameters free-form engine parameters ({@code "cpsat.linearization-level" -> "2"}); unknown keys are
 *                   ignored by engines that do not use them. Keys are {@code engine.name}, lower case with hyphens;
 *                   the README's parameter table lists every key
 * @param termination an early-stop request shared with a {@link SolverJob}; {@code null} when the solve is stopped
 *                   early only by interrupting the thread that called {@link Solver#solve} (see {@link Deadline#of})
 */
public record SolveOptions(Duration timeLimit, long seed, int threads, boolean log, Map<String, String> parameters,
                           Termination termination) {

    /** The defaults: 10 s, seed 0, every available processor, no engine log, no parameters. */
    public static final SolveOptions DEFAULT =
            new SolveOptions(Duration.ofSeconds(10), 0, Runtime.getRuntime().availableProcessors(), false, Map.of(), null);

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

    /** Options without an early-stop request of their own. */
    public SolveOptions(Duration timeLimit, long seed, int threads, boolean log, Map<String, String> parameters) {
        this(timeLimit, seed, threads, log, parameters, null);
    }

    /** The defaults with the given time limit. */
    public static SolveOptions withTimeLimit(Duration timeLimit) {
        return DEFAULT.timeLimit(timeLimit);
    }

    public SolveOptions timeLimit(Duration newTimeLimit) {
        return new SolveOptions(newTimeLimit, seed, threads, log, parameters, termination);
    }

    public SolveOptions seed(long newSeed) {
        return new SolveOptions(timeLimit, newSeed, threads, log, parameters, termination);
    }

    public SolveOptions threads(int newThreads) {
        return new SolveOptions(timeLimit, seed, newThreads, log, parameters, termination);
    }

    public SolveOptions log(boolean newLog) {
        return new SolveOptions(timeLimit, seed, threads, newLog, parameters, termination);
    }

    public SolveOptions parameters(Map<String, String> newParameters) {
        return new SolveOptions(timeLimit, seed, threads, log, newParameters, termination);
    }

    /** These options with {@code newTermination} as their early-stop request ({@code null} for none). */
    public SolveOptions termination(Termination newTermination) {
        return new SolveOptions(timeLimit, seed, threads, log, parameters, newTermination);
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
