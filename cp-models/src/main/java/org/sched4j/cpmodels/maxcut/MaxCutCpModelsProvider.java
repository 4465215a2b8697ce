package org.sched4j.cpmodels.maxcut;

import java.util.List;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverProvider;

/** Offers the CP-SAT solver of max-cut, {@code cpsat}. */
public final class MaxCutCpModelsProvider implements SolverProvider {

    @Override
    public List<Solver<?, ?>> solvers() {
        return List.of(new CpSatMaxCutSolver());
    }
}
