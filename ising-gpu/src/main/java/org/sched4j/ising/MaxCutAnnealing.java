package org.sched4j.ising;

import java.time.Duration;
import org.sched4j.api.Deadline;
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
 * What the max-cut annealers share: the translation of improvements into cuts for the listener, and the result built
 * from an {@link AnnealingOutcome} (the cut weight recomputed by the evaluator). The deadline of a solve is
 * {@link Deadline#of(SolveOptions)}, made once on the thread that called the solve.
 */
public final class MaxCutAnnealing {

    private MaxCutAnnealing() {
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
     * {@code sweeps_per_run} (the mean) and {@code gpu} (1 when the GPU annealed, else 0); the wall time is
     * {@code deadline}'s elapsed time.
     */
    public static SolveResult<Cut> result(MaxCutInstance instance, String solverId, AnnealingOutcome outcome,
                                          boolean gpu, Deadline deadline) {
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
                .build(deadline.elapsed());
    }
}
