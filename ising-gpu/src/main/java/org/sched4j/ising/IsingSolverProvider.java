package org.sched4j.ising;

import java.util.List;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverProvider;
import org.sched4j.ising.cpu.IsingCpuSolver;
import org.sched4j.ising.cuda.CudaAvailability;
import org.sched4j.ising.cuda.CudaException;
import org.sched4j.ising.cuda.CudaIsingAnnealer;
import org.sched4j.ising.cuda.IsingCudaSolver;

/** Offers the max-cut annealers: {@code ising-cpu} and {@code ising-cuda}. */
public final class IsingSolverProvider implements SolverProvider {

    @Override
    public List<Solver<?, ?>> solvers() {
        return List.of(new IsingCpuSolver(), new IsingCudaSolver());
    }

    /**
     * Probes the GPU ({@link CudaAvailability}: loads the driver, retains device 0's primary context) and loads the
     * kernel once, so that a GPU solve pays neither inside its time limit. Without a usable GPU it only records why
     * (a failed probe of the driver library, milliseconds) and says nothing; a failure is left for the solve to report.
     */
    @Override
    public void warmUp() {
        CudaAvailability.driver().ifPresent(driver -> {
            try {
                new CudaIsingAnnealer(driver).loadKernelOnce();
            } catch (CudaException e) {
                // the GPU solve meets the same failure and reports it (ising then falls back to the CPU)
            }
        });
    }
}
