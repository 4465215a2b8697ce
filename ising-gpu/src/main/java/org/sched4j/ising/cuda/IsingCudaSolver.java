package org.sched4j.ising.cuda;

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
 * {@code ising-cuda}: max-cut as an Ising model annealed on the GPU by the {@link CudaIsingAnnealer}. Without a usable
 * GPU it fails with a {@link CudaException} that gives the reason (use {@code ising} to fall back to the CPU).
 * Sweeps per run: {@code ising.sweeps}, default {@value #DEFAULT_SWEEPS}. Status {@code FEASIBLE}; no bound.
 */
public final class IsingCudaSolver implements Solver<MaxCutInstance, Cut> {

    /** The solver's identifier. */
    public static final String ID = "ising-cuda";

    /** The sweeps per GPU run when {@code ising.sweeps} is not given. */
    public static final int DEFAULT_SWEEPS = 4000;

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
        return "Ising simulated annealing on an NVIDIA GPU (CUDA driver via FFM, one replica per thread block)";
    }

    @Override
    public SolveResult<Cut> solve(MaxCutInstance instance, SolveOptions options, SolutionListener<Cut> listener) {
        CudaDriver driver = CudaAvailability.driver().orElseThrow(() -> new CudaException("ising-cuda: no usable GPU: "
                + CudaAvailability.unavailableReason().orElse("unknown reason")));
        return solveOn(driver, instance, options, listener, Deadline.of(options));
    }

    /**
     * Solves on {@code driver}'s first device until {@code deadline} (made by the caller's solve on its calling thread)
     * is reached; an early stop ends the annealing between kernel launches.
     *
     * @throws CudaException when the device, the context, the PTX or a launch fails, naming the call and result
     */
    public static SolveResult<Cut> solveOn(CudaDriver driver, MaxCutInstance instance, SolveOptions options,
                                           SolutionListener<Cut> listener, Deadline deadline) {
        IsingParameters parameters = IsingParameters.from(options);
        IsingModel model = MaxCutIsingMapping.toIsing(instance);
        int sweeps = parameters.sweeps().orElse(DEFAULT_SWEEPS);
        AnnealingOutcome outcome = new CudaIsingAnnealer(driver).anneal(model, parameters, sweeps, options.seed(),
                deadline, MaxCutAnnealing.sinkFor(instance, listener));
        return MaxCutAnnealing.result(instance, ID, outcome, true, deadline);
    }
}
