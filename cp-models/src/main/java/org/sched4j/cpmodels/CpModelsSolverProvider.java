package org.sched4j.cpmodels;

import java.util.List;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverProvider;
import org.sched4j.cpmodels.jobshop.AutoJobShopSolver;
import org.sched4j.cpmodels.jobshop.CpSatJobShopSolver;

/** Offers the CP-SAT solvers of this module: {@code cpsat} and {@code auto} for the job shop. */
public final class CpModelsSolverProvider implements SolverProvider {

    @Override
    public List<Solver<?, ?>> solvers() {
        return List.of(new CpSatJobShopSolver(), new AutoJobShopSolver());
    }
}
