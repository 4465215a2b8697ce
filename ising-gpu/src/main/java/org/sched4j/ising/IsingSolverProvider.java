package org.sched4j.ising;

import java.util.List;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverProvider;
import org.sched4j.ising.cpu.IsingCpuSolver;
import org.sched4j.ising.cuda.IsingCudaSolver;

/** Offers the max-cut annealers: {@code ising-cpu} and {@code ising-cuda}. */
public final class IsingSolverProvider implements SolverProvider {

    @Override
    public List<Solver<?, ?>> solvers() {
        return List.of(new IsingCpuSolver(), new IsingCudaSolver());
    }
}
