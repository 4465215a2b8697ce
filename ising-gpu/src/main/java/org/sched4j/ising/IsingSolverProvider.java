package org.sched4j.ising;

import java.util.List;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverProvider;
import org.sched4j.ising.cpu.IsingCpuSolver;
import org.sched4j.ising.cuda.IsingCudaSolver;
import org.sched4j.ising.cuda.IsingSolver;

/** Offers the max-cut annealers: {@code ising-cpu}, {@code ising-cuda}, {@code ising} and {@code auto}. */
public final class IsingSolverProvider implements SolverProvider {

    @Override
    public List<Solver<?, ?>> solvers() {
        return List.of(new IsingCpuSolver(), new IsingCudaSolver(), new IsingSolver("ising"), new IsingSolver("auto"));
    }
}
