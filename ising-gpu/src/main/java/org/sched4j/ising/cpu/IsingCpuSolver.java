package org.sched4j.ising.cpu;

import org.sched4j.api.Deadline;
import org.sched4j.api.ProblemType;
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
import org.sched4j.maxcut.MaxCutProblem;

/**
 * {@code ising-cpu}: max-cut as an Ising model ({@code J = −w}) annealed by the {@link CpuIsingAnnealer} on
 * {@link SolveOptions#threads()} threads. Without {@code ising.sweeps} the schedule is paced by the clock so that each
 * thread completes {@value CpuIsingAnnealer#RUNS_PER_THREAD} full annealing runs in the time limit. Status
 * {@code FEASIBLE}; no bound. An early stop ({@link org.sched4j.api.SolverJob#terminateEarly()} or an interrupt of the
 * calling thread) ends every sweep loop at its next sweep; the solve returns the best cut so far once its threads have
 * ended.
 */
public final class IsingCpuSolver implements Solver<MaxCutInstance, Cut> {

    /** The solver's identifier. */
    public static final String ID = "ising-cpu";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProblemType<MaxCutInstance, Cut> problemType() {
        return MaxCutProblem.TYPE;
    }

    @Override
    public String description() {
        return "Ising simulated annealing on CPU threads (Metropolis, geometric schedule, restarts, greedy descent)";
    }

    @Override
    public SolveResult<Cut> solve(MaxCutInstance instance, SolveOptions options, SolutionListener<Cut> listener) {
        Deadline deadline = Deadline.of(options);
        IsingParameters parameters = IsingParameters.from(options);
        IsingModel model = MaxCutIsingMapping.toIsing(instance);
        AnnealingOutcome outcome = new CpuIsingAnnealer(model, parameters).anneal(options.threads(), options.seed(),
                deadline, MaxCutAnnealing.sinkFor(instance, listener));
        return MaxCutAnnealing.result(instance, ID, outcome, false, deadline);
    }
}
