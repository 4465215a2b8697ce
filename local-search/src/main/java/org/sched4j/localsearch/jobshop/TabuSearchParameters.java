package org.sched4j.localsearch.jobshop;

import java.util.Objects;
import org.sched4j.api.SolveOptions;
import org.sched4j.jobshop.JobShopInstance;

/**
 * The settings of a {@link JobShopTabuSearch}, read from {@link SolveOptions#parameters()} by
 * {@link #fromOptions}; every one has a default.
 *
 * @param maxIterations   {@code tabu.max-iterations}: stop after this many iterations (per search thread); the
 *                        default {@link Long#MAX_VALUE} leaves only the time limit
 * @param stallIterations {@code tabu.stall-iterations}: restart from the elite pool after this many iterations
 *                        without improving the current run's best; default 12,500 (as in TS/PR)
 * @param eliteSize       {@code tabu.elite-size}: the number of distinct best solutions kept for restarts; default 8
 * @param tenure          {@code tabu.tenure}: the base tenure {@code L}; each reversed arc stays tabu for a number
 *                        of iterations drawn from {@code [L, 1.5 L]}; default {@code 10 + n/m} for n jobs and m
 *                        machines (Zhang, Li, Guan &amp; Rao 2007)
 * @param relinkShare     {@code tabu.relink-share}: the share of the distance between two elite solutions that path
 *                        relinking covers before a restart, in (0, 1]; default 0.25
 * @param targetMakespan  {@code tabu.target-makespan}: stop as soon as the makespan is at most this, at least 0;
 *                        default the instance's trivial lower bound (a portfolio may pass a better proven bound; 0
 *                        never stops early, as benchmarks of the search speed need)
 */
public record TabuSearchParameters(long maxIterations, int stallIterations, int eliteSize, int tenure,
                                   double relinkShare, long targetMakespan) {

    /** The key of {@link #maxIterations()}. */
    public static final String MAX_ITERATIONS = "tabu.max-iterations";
    /** The key of {@link #stallIterations()}. */
    public static final String STALL_ITERATIONS = "tabu.stall-iterations";
    /** The key of {@link #eliteSize()}. */
    public static final String ELITE_SIZE = "tabu.elite-size";
    /** The key of {@link #tenure()}. */
    public static final String TENURE = "tabu.tenure";
    /** The key of {@link #relinkShare()}. */
    public static final String RELINK_SHARE = "tabu.relink-share";
    /** The key of {@link #targetMakespan()}. */
    public static final String TARGET_MAKESPAN = "tabu.target-makespan";

    /** Checks the ranges given above, naming the key of a value out of range. */
    public TabuSearchParameters {
        requireAtLeastOne(MAX_ITERATIONS, maxIterations);
        requireAtLeastOne(STALL_ITERATIONS, stallIterations);
        requireAtLeastOne(ELITE_SIZE, eliteSize);
        requireAtLeastOne(TENURE, tenure);
        if (!(relinkShare > 0 && relinkShare <= 1)) {
            throw new IllegalArgumentException(RELINK_SHARE + " must lie in (0, 1], got " + relinkShare);
        }
        if (targetMakespan < 0) {
            throw new IllegalArgumentException(TARGET_MAKESPAN + " must be at least 0, got " + targetMakespan);
        }
    }

    /** These parameters with {@link #maxIterations()} replaced by {@code iterations}. */
    public TabuSearchParameters withMaxIterations(long iterations) {
        return new TabuSearchParameters(iterations, stallIterations, eliteSize, tenure, relinkShare, targetMakespan);
    }

    /** The defaults for {@code instance}. */
    public static TabuSearchParameters defaults(JobShopInstance instance) {
        int tenure = 10 + instance.jobCount() / instance.machineCount();
        return new TabuSearchParameters(Long.MAX_VALUE, 12_500, 8, tenure, 0.25, instance.trivialLowerBound());
    }

    /**
     * The defaults for {@code instance}, overridden by the {@code tabu.*} entries of {@code options}.
     *
     * @throws IllegalArgumentException naming the key when a value is not a number or out of range
     */
    public static TabuSearchParameters fromOptions(SolveOptions options, JobShopInstance instance) {
        Objects.requireNonNull(options, "options");
        TabuSearchParameters defaults = defaults(instance);
        return new TabuSearchParameters(
                (long) number(options, MAX_ITERATIONS, defaults.maxIterations),
                (int) number(options, STALL_ITERATIONS, defaults.stallIterations),
                (int) number(options, ELITE_SIZE, defaults.eliteSize),
                (int) number(options, TENURE, defaults.tenure),
                share(options, defaults.relinkShare),
                number(options, TARGET_MAKESPAN, defaults.targetMakespan));
    }

    private static long number(SolveOptions options, String key, long defaultValue) {
        String text = options.parameter(key, null);
        if (text == null) {
            return defaultValue;
        }
        try {
            long value = Long.parseLong(text.strip());
            boolean unbounded = key.equals(MAX_ITERATIONS) || key.equals(TARGET_MAKESPAN);
            if (unbounded || (value >= 1 && value <= Integer.MAX_VALUE)) {
                return value;
            }
            throw new IllegalArgumentException(key + " must lie in 1.." + Integer.MAX_VALUE + ", got " + text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be an integer, got '" + text + "'", e);
        }
    }

    private static double share(SolveOptions options, double defaultValue) {
        String text = options.parameter(RELINK_SHARE, null);
        if (text == null) {
            return defaultValue;
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(RELINK_SHARE + " must be a number, got '" + text + "'", e);
        }
    }

    private static void requireAtLeastOne(String key, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(key + " must be at least 1, got " + value);
        }
    }
}
