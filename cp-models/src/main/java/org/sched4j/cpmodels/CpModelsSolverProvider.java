package org.sched4j.cpmodels;

import java.util.List;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverProvider;
import org.sched4j.cpmodels.jobshop.CpSatJobShopSolver;

/**
 * Offers the CP-SAT solvers of this module: {@code cpsat} for the job shop (the job shop's {@code auto}, which runs
 * CP-SAT beside the tabu search, is in the portfolio module), and loads OR-Tools' native library for every CP-SAT
 * solver of the module when warmed up.
 */
public final class CpModelsSolverProvider implements SolverProvider {

    @Override
    public List<Solver<?, ?>> solvers() {
        return List.of(new CpSatJobShopSolver());
    }

    /** Loads OR-Tools' native library for every CP-SAT solver: {@link OrToolsNativeLibrary#ensureLoaded()}. */
    @Override
    public void warmUp() {
        OrToolsNativeLibrary.ensureLoaded();
    }
}
