package org.sched4j.portfolio;

import java.util.List;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverProvider;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.portfolio.jobshop.JobShopPortfolioSolver;
import org.sched4j.portfolio.maxcut.IsingSolver;
import org.sched4j.portfolio.podpacking.PodPackingAutoSolver;
import org.sched4j.portfolio.rcpsp.RcpspAutoSolver;
import org.sched4j.portfolio.tardiness.TardinessAutoSolver;
import org.sched4j.portfolio.taskgraph.TaskGraphPortfolioSolver;

/**
 * Offers every {@code auto} (one per problem type) and the max-cut {@code ising}, the annealer on the GPU when one can
 * be used and on CPU threads otherwise.
 */
public final class PortfolioSolverProvider implements SolverProvider {

    @Override
    public List<Solver<?, ?>> solvers() {
        return List.of(new JobShopPortfolioSolver(), new RcpspAutoSolver(), new TardinessAutoSolver(),
                new TaskGraphPortfolioSolver(), new PodPackingAutoSolver(), new IsingSolver("ising"),
                new IsingSolver("auto"));
    }

    /** Loads OR-Tools' native library, which every {@code auto} but max-cut's uses. */
    @Override
    public void warmUp() {
        OrToolsNativeLibrary.ensureLoaded();
    }
}
