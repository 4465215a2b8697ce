package org.sched4j.portfolio.maxcut;

import java.io.PrintStream;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sched4j.api.Deadline;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.Solver;
import org.sched4j.ising.cpu.IsingCpuSolver;
import org.sched4j.ising.cuda.CudaAvailability;
import org.sched4j.ising.cuda.CudaDriver;
import org.sched4j.ising.cuda.CudaException;
import org.sched4j.ising.cuda.IsingCudaSolver;
import org.sched4j.maxcut.Cut;
import org.sched4j.maxcut.MaxCutInstance;
import org.sched4j.maxcut.MaxCutProblem;

/**
 * {@code ising} (and {@code auto}, the default solver of max-cut): the GPU annealer ({@code ising-cuda}) when a GPU
 * can be used, else the CPU annealer ({@code ising-cpu}), within the same time limit. It says which on standard error
 * (once per JVM, or on every solve with {@link SolveOptions#log()}), with the reason when the GPU is not used, and in
 * the statistic {@code gpu} (1 or 0). A GPU that fails during the solve (a PTX the driver rejects, a launch error) is
 * also reported and the CPU takes over for the time left ({@link Deadline#delegatedOptions}). An early stop reaches
 * whichever annealer runs.
 */
public final class IsingSolver implements Solver<MaxCutInstance, Cut> {

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    private final String id;
    private final PrintStream notes;
    private final IsingCpuSolver cpu = new IsingCpuSolver();

    /** The solver under {@code id} ({@code ising} or {@code auto}), noting its choice on standard error. */
    public IsingSolver(String id) {
        this(id, System.err);
    }

    IsingSolver(String id, PrintStream notes) {
        this.id = Objects.requireNonNull(id, "id");
        this.notes = Objects.requireNonNull(notes, "notes");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public ProblemType<MaxCutInstance, Cut> problemType() {
        return MaxCutProblem.TYPE;
    }

    @Override
    public String description() {
        return "Ising annealing on the GPU when one can be used, else on CPU threads (says which)";
    }

    @Override
    public SolveResult<Cut> solve(MaxCutInstance instance, SolveOptions options, SolutionListener<Cut> listener) {
        Deadline deadline = Deadline.of(options);
        Optional<CudaDriver> driver = CudaAvailability.driver();
        if (driver.isPresent()) {
            try {
                SolveResult<Cut> result = IsingCudaSolver.solveOn(driver.get(), instance, options, listener,
                        deadline);
                note(options, id + ": annealing on the GPU (" + driver.get().library() + ")");
                return relabel(instance, result);
            } catch (CudaException e) {
                note(options, id + ": the GPU failed (" + e.getMessage() + "); annealing on " + options.threads()
                        + " CPU threads");
            }
        } else {
            note(options, id + ": no usable GPU (" + CudaAvailability.unavailableReason().orElse("unknown reason")
                    + "); annealing on " + options.threads() + " CPU threads");
        }
        return relabel(instance, cpu.solve(instance, deadline.delegatedOptions(options), listener));
    }

    private SolveResult<Cut> relabel(MaxCutInstance instance, SolveResult<Cut> result) {
        return SolveResult.builder(MaxCutProblem.TYPE, instance, id).copyOf(result).build(result.wallTime());
    }

    private void note(SolveOptions options, String line) {
        if (options.log() || TOLD.compareAndSet(false, true)) {
            notes.println(line);
        }
    }
}
