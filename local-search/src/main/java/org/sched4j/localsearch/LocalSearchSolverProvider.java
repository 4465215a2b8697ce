package org.sched4j.localsearch;

import java.util.List;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverProvider;
import org.sched4j.localsearch.jobshop.JobShopTabuSearchSolver;
import org.sched4j.localsearch.portfolio.JobShopPortfolioSolver;
import org.sched4j.localsearch.timefold.TimefoldJobShopSolver;

/**
 * The solvers of the local-search module, for {@link org.sched4j.api.Solvers}: the job-shop tabu search
 * ({@code tabu}), the job-shop portfolio ({@code auto}: tabu search and CP-SAT side by side) and the job shop
 * solved by Timefold Solver ({@code timefold}).
 */
public final class LocalSearchSolverProvider implements SolverProvider {

    @Override
    public List<Solver<?, ?>> solvers() {
        return List.of(new JobShopTabuSearchSolver(), new JobShopPortfolioSolver(), new TimefoldJobShopSolver());
    }
}
