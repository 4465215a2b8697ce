package org.sched4j.ising.cpu;

import org.sched4j.api.ProblemType;
import org.sched4j.api.ProblemTypes;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.Solver;
import org.sched4j.ising.AnnealingOutcome;
import org.sched4j.ising.IsingParameters;
import org.sched4j.ising.MaxCutAnnealing;
import org.sched4j.maxcut.Cut;
import org.sched4j.maxcut.IsingModel;
import org.sched4j.maxcut.MaxCutInstance;
import org.sched4j.maxcut.MaxCutIsingMapping;

/**
 * {@code ising-cpu}: max-cut as an Ising model ({@code J = −w}) annealed by the {@link CpuIsingAnnealer} on
 * {@link SolveOptions#threads()} threads. Without {@code ising.sweeps}, the sweeps per run are chosen so that each
 * thread completes about {@value #RUNS_PER_THREAD} runs in the time limit, from the speed of a short probe. Status
 * {@code FEASIBLE}; no bound.
 */
public final class IsingCpuSolver implements Solver<MaxCutInstance, Cut> {

    /** The solver's identifier. */
    public static final String ID = "ising-cpu";

    /** Annealing runs per thread aimed at when the sweeps are chosen automatically. */
    static final int RUNS_PER_THREAD = 2;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProblemType<MaxCutInstance, Cut> problemType() {
        return ProblemTypes.MAX_CUT;
    }

    @Override
    public String description() {
        return "Ising simulated annealing on CPU threads (Metropolis, geometric schedule, restarts, greedy descent)";
    }

    @Override
    public SolveResult<Cut> solve(MaxCutInstance instance, SolveOptions options, SolutionListener<Cut> listener) {
        long start = System.nanoTime();
        long deadline = MaxCutAnnealing.deadline(start, options);
        IsingParameters parameters = IsingParameters.from(options);
        IsingModel model = MaxCutIsingMapping.toIsing(instance);
        int sweeps = sweepsPerRun(model, parameters, deadline);
        AnnealingOutcome outcome = new CpuIsingAnnealer(model, parameters).anneal(sweeps, options.threads(),
                options.seed(), deadline, MaxCutAnnealing.sinkFor(instance, listener));
        return MaxCutAnnealing.result(instance, ID, outcome, sweeps, false, start);
    }

    /** The sweeps per run: {@code ising.sweeps}, or as many as let each thread finish its runs before the deadline. */
    static int sweepsPerRun(IsingModel model, IsingParameters parameters, long deadline) {
        if (parameters.sweeps().isPresent()) {
            return parameters.sweeps().get();
        }
        double updatesPerSecond = SweepProbe.updatesPerSecond(model, parameters.schedule(model, 3).beta(1));
        double seconds = (deadline - System.nanoTime()) / 1e9;
        int runs = parameters.restarts().map(total -> Math.min(total, RUNS_PER_THREAD)).orElse(RUNS_PER_THREAD);
        return parameters.sweepsFor(model, 0.9 * seconds, updatesPerSecond, runs);
    }
}
