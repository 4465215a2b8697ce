package org.sched4j.ising;

import java.time.Duration;
import org.sched4j.api.ObjectiveSense;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.maxcut.Cut;
import org.sched4j.maxcut.MaxCutInstance;
import org.sched4j.maxcut.MaxCutIsingMapping;
import org.sched4j.maxcut.MaxCutProblem;

/**
 * What the max-cut annealers share: the deadline of a solve, the translation of improvements into cuts for the
 * listener, and the result built from an {@link AnnealingOutcome} (the cut weight recomputed by the evaluator).
 */
public final class MaxCutAnnealing {

    private static final long MAXIMUM_RESERVE_NANOS = 100_000_000L;

    private MaxCutAnnealing() {
    }

    /**
     * The {@link System#nanoTime()} by which an annealer must stop so that the solve returns within the limit: the
     * limit less a reserve of 5 %, at most 100 ms, for the final descent and the evaluation.
     */
    public static long deadline(long startNanos, SolveOptions options) {
        long limit = options.timeLimit().toNanos();
        return startNanos + limit - Math.min(limit / 20, MAXIMUM_RESERVE_NANOS);
    }

    /** A sink that tells {@code listener} the cut of every improvement, improvements only, one call at a time. */
    public static ImprovementSink sinkFor(MaxCutInstance instance, SolutionListener<Cut> listener) {
        SolutionListener<Cut> filtered = SolutionListener.improvementsOnly(ObjectiveSense.MAXIMIZE, listener);
        return (spins, energy, elapsedNanos) -> filtered.onImprovingSolution(Cut.ofSpins(spins),
                MaxCutIsingMapping.cutWeightOfEnergy(instance, energy), Double.NaN, Duration.ofNanos(elapsedNanos));
    }

    /**
     * The result of {@code solverId}: status {@link SolveStatus#FEASIBLE}, the best cut (its weight claimed from the
     * annealer's energy and checked by the evaluator), and the statistics {@code runs}, {@code spin_updates},
     * {@code sweeps_per_run} (the mean) and {@code gpu} (1 when the GPU annealed, else 0).
     */
    public static SolveResult<Cut> result(MaxCutInstance instance, String solverId, AnnealingOutcome outcome,
                                          boolean gpu, long startNanos) {
        long sweepsPerRun = outcome.runs() == 0 ? 0
                : outcome.spinUpdates() / instance.vertexCount() / outcome.runs();
        return SolveResult.builder(MaxCutProblem.TYPE, instance, solverId)
                .status(SolveStatus.FEASIBLE)
                .solution(Cut.ofSpins(outcome.spins()), MaxCutIsingMapping.cutWeightOfEnergy(instance,
                        outcome.energy()))
                .timeToBest(outcome.timeToBest())
                .statistic("runs", outcome.runs())
                .statistic("spin_updates", outcome.spinUpdates())
                .statistic("sweeps_per_run", sweepsPerRun)
                .statistic("gpu", gpu ? 1 : 0)
                .build(Duration.ofNanos(System.nanoTime() - startNanos));
    }
}
