package org.sched4j.localsearch;

import java.util.List;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverProvider;
import org.sched4j.localsearch.jobshop.JobShopTabuSearchSolver;
import org.sched4j.localsearch.timefold.TimefoldJobShopSolver;

/**
 * The solvers of the local-search module, for {@link org.sched4j.api.Solvers}: the job-shop tabu search
 * ({@code tabu}) and the job shop solved by Timefold Solver ({@code timefold}).
 */
public final class LocalSearchSolverProvider implements SolverProvider {

    @Override
    public List<Solver<?, ?>> solvers() {
        return List.of(new JobShopTabuSearchSolver(), new TimefoldJobShopSolver());
    }
}
