package org.sched4j.cpmodels.rcpsp;

import java.util.List;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverProvider;

/** The RCPSP solvers of the cp-models module: {@code cpsat}. */
public final class RcpspCpModelsProvider implements SolverProvider {

    @Override
    public List<Solver<?, ?>> solvers() {
        return List.of(new CpSatRcpspSolver());
    }
}
