package org.sched4j.localsearch.timefold;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.PreviewFeature;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.Locale;
import org.sched4j.api.SolveOptions;

/**
 * Translates {@link SolveOptions} into a Timefold {@link SolverConfig}: the one adapter between sched4j's options
 * and Timefold's (the job shop's configuration here; the options every Timefold model reads through
 * {@link #environmentMode}, {@link #stepLimit} and {@link #termination(SolveOptions, Duration)}).
 *
 * <ul>
 *   <li>time limit: Timefold's spent limit, given by the caller (the time left when the search starts; the
 *       caller also stops Timefold at its own deadline, and on early termination, with a {@link SearchMonitor}), together with a best score
 *       limit that stops the search once the makespan meets a target (the lower bound);</li>
 *   <li>seed: Timefold's random seed;</li>
 *   <li>threads: ignored; Timefold's community edition runs one move thread ({@code moveThreadCount} NONE), as
 *       multithreaded incremental solving belongs to its enterprise edition;</li>
 *   <li>{@value #ENVIRONMENT_MODE}: Timefold's environment mode, by name in lower case, hyphens or
 *       underscores ({@code full-assert} recomputes every
 *       score and shadow variable from scratch after every move to catch corruption); default
 *       {@code phase-assert}, Timefold's own default;</li>
 *   <li>{@value #STEP_LIMIT}: the most local search steps, at least 1; no limit by default. With it a solve is
 *       deterministic for a given seed whenever it ends before its time limit;</li>
 *   <li>{@value #LATE_ACCEPTANCE_SIZE}: the late acceptance list length, at least 1; default
 *       {@value #DEFAULT_LATE_ACCEPTANCE_SIZE}.</li>
 * </ul>
 *
 * <p>The only phase is a late acceptance local search (Burke &amp; Bykov 2017; the first accepted move is taken)
 * over {@link JobShopNeighborhood}'s moves, through Timefold's Neighborhoods API, a preview feature that this
 * configuration enables. The plan handed to Timefold is already complete, so no construction heuristic runs. The
 * neighbourhood and the list size were chosen on ft10, la21 and la36 (two seeds, 60,000 moves each): tight-arc
 * swaps with list changes ended 2 to 4 % below (on average over the seeds) list change and swap moves under late
 * acceptance, and below Timefold's default list moves under its diversified late acceptance; lists of 20 to 50
 * did better than 200 and 2,000 at the few moves per second this model allows.
 */
public final class TimefoldConfiguration {

    /** The key of the environment mode parameter. */
    public static final String ENVIRONMENT_MODE = "timefold.environment-mode";
    /** The key of the step limit parameter. */
    public static final String STEP_LIMIT = "timefold.step-limit";
    /** The key of the late acceptance list length. */
    static final String LATE_ACCEPTANCE_SIZE = "timefold.late-acceptance-size";
    /** The default late acceptance list length. */
    static final int DEFAULT_LATE_ACCEPTANCE_SIZE = 30;

    private TimefoldConfiguration() {
    }

    /**
     * What of the options decides {@link #solverConfig}: the key of a cached solver factory.
     *
     * @throws IllegalArgumentException as {@link #solverConfig} does, and when {@value #STEP_LIMIT} is not a
     *                                  positive integer
     */
    static Object factoryKey(SolveOptions options) {
        record Key(long seed, EnvironmentMode environmentMode, int lateAcceptanceSize) {
        }
        stepLimit(options); // not part of the configuration, but a malformed limit fails before any work
        return new Key(options.seed(), environmentMode(options), lateAcceptanceSize(options));
    }

    /**
     * The solver configuration for {@code options}, without termination (see {@link #termination}).
     *
     * @param constraints the constraint provider
     * @throws IllegalArgumentException when {@value #ENVIRONMENT_MODE} names no environment mode or
     *                                  {@value #LATE_ACCEPTANCE_SIZE} is not a positive integer
     */
    static SolverConfig solverConfig(SolveOptions options, Class<? extends ConstraintProvider> constraints) {
        return new SolverConfig()
                .withSolutionClass(JobShopPlan.class)
                .withEntityClasses(MachineSchedule.class, OperationTask.class)
                .withConstraintProviderClass(constraints)
                .withEnvironmentMode(environmentMode(options))
                .withRandomSeed(options.seed())
                .withMoveThreadCount(SolverConfig.MOVE_THREAD_COUNT_NONE)
                .withPreviewFeature(PreviewFeature.NEIGHBORHOODS)
                .withPhases(new LocalSearchPhaseConfig()
                        .withMoveProviderClass(JobShopNeighborhood.class)
                        .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                .withLateAcceptanceSize(lateAcceptanceSize(options)))
                        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
    }

    /**
     * When Timefold stops: after {@code spentLimit} (rounded down to whole milliseconds, at least 1), after the
     * {@value #STEP_LIMIT} steps when set, or as soon as it finds a plan with hard score 0 and a makespan of
     * {@code targetMakespan} or less, whichever comes first.
     */
    static SolverConfigOverride termination(SolveOptions options, Duration spentLimit, long targetMakespan) {
        return new SolverConfigOverride().withTerminationConfig(termination(options, spentLimit)
                .withBestScoreLimit(HardMediumSoftScore.of(0, -targetMakespan, Long.MIN_VALUE).toString()));
    }

    /**
     * When a Timefold model stops at the latest: after {@code spentLimit} (rounded down to whole milliseconds, at
     * least 1), or after the {@value #STEP_LIMIT} steps when set.
     *
     * @throws IllegalArgumentException when {@value #STEP_LIMIT} is not a positive integer
     */
    public static TerminationConfig termination(SolveOptions options, Duration spentLimit) {
        TerminationConfig termination = new TerminationConfig()
                .withMillisecondsSpentLimit(Math.max(1, spentLimit.toMillis()));
        int steps = stepLimit(options);
        return steps == 0 ? termination : termination.withStepCountLimit(steps);
    }

    /**
     * The {@value #STEP_LIMIT} parameter, 0 when not set.
     *
     * @throws IllegalArgumentException when it is set but not a positive integer
     */
    public static int stepLimit(SolveOptions options) {
        String value = options.parameter(STEP_LIMIT, null);
        return value == null ? 0 : positiveInteger(STEP_LIMIT, value);
    }

    private static int lateAcceptanceSize(SolveOptions options) {
        return positiveInteger(LATE_ACCEPTANCE_SIZE,
                options.parameter(LATE_ACCEPTANCE_SIZE, Integer.toString(DEFAULT_LATE_ACCEPTANCE_SIZE)));
    }

    private static int positiveInteger(String key, String value) {
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a positive integer, got " + value, e);
        }
        throw new IllegalArgumentException(key + " must be a positive integer, got " + value);
    }

    /**
     * The {@value #ENVIRONMENT_MODE} parameter; Timefold's default {@code phase-assert} when not set.
     *
     * @throws IllegalArgumentException when it names no environment mode
     */
    public static EnvironmentMode environmentMode(SolveOptions options) {
        String name = options.parameter(ENVIRONMENT_MODE, EnvironmentMode.PHASE_ASSERT.name());
        try {
            return EnvironmentMode.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ENVIRONMENT_MODE + " must name a Timefold environment mode, got "
                    + name, e);
        }
    }
}
