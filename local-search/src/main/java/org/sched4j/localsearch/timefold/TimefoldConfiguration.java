package org.sched4j.localsearch.timefold;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.Locale;
import org.sched4j.api.SolveOptions;

/**
 * Translates {@link SolveOptions} into a Timefold {@link SolverConfig}: the one adapter between sched4j's options
 * and Timefold's.
 *
 * <ul>
 *   <li>time limit: Timefold's spent limit, given by the caller (the time left after building the start plan),
 *       together with a best score limit that stops the search once the makespan meets a target (the lower
 *       bound);</li>
 *   <li>seed: Timefold's random seed;</li>
 *   <li>threads: ignored; Timefold's community edition runs one move thread ({@code moveThreadCount} NONE), as
 *       multithreaded incremental solving belongs to its enterprise edition;</li>
 *   <li>{@value #ENVIRONMENT_MODE}: Timefold's environment mode, by name ({@code full_assert} recomputes every
 *       score and shadow variable from scratch after every move to catch corruption); default
 *       {@code phase_assert}, Timefold's own default.</li>
 * </ul>
 *
 * <p>The only phase is a local search with Timefold's defaults for a list variable (late acceptance over list
 * change, list swap, sublist and 2-opt moves): the plan handed to Timefold is already complete, so no
 * construction heuristic runs.
 */
final class TimefoldConfiguration {

    /** The key of the environment mode parameter. */
    static final String ENVIRONMENT_MODE = "timefold.environment_mode";

    private TimefoldConfiguration() {
    }

    /**
     * The solver configuration for {@code options}, without termination (see {@link #termination}).
     *
     * @param constraints the constraint provider
     * @throws IllegalArgumentException when {@value #ENVIRONMENT_MODE} names no environment mode
     */
    static SolverConfig solverConfig(SolveOptions options, Class<? extends ConstraintProvider> constraints) {
        return new SolverConfig()
                .withSolutionClass(JobShopPlan.class)
                .withEntityClasses(MachineSchedule.class, OperationTask.class)
                .withConstraintProviderClass(constraints)
                .withEnvironmentMode(environmentMode(options))
                .withRandomSeed(options.seed())
                .withMoveThreadCount(SolverConfig.MOVE_THREAD_COUNT_NONE)
                .withPhases(new LocalSearchPhaseConfig());
    }

    /**
     * When Timefold stops: after {@code spentLimit} (rounded down to whole milliseconds, at least 1), or as soon as
     * it finds a plan with hard score 0 and a makespan of {@code targetMakespan} or less, whichever comes first.
     */
    static SolverConfigOverride termination(Duration spentLimit, long targetMakespan) {
        return new SolverConfigOverride().withTerminationConfig(new TerminationConfig()
                .withMillisecondsSpentLimit(Math.max(1, spentLimit.toMillis()))
                .withBestScoreLimit(HardMediumSoftScore.of(0, -targetMakespan, Long.MIN_VALUE).toString()));
    }

    private static EnvironmentMode environmentMode(SolveOptions options) {
        String name = options.parameter(ENVIRONMENT_MODE, EnvironmentMode.PHASE_ASSERT.name());
        try {
            return EnvironmentMode.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ENVIRONMENT_MODE + " must name a Timefold environment mode, got "
                    + name, e);
        }
    }
}
