package org.sched4j.cpmodels.taskgraph;

import java.util.List;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverProvider;

/** Offers {@code cpsat} for task graphs ({@link CpSatTaskGraphSolver}). */
public final class TaskGraphCpModelsProvider implements SolverProvider {

    @Override
    public List<Solver<?, ?>> solvers() {
        return List.of(new CpSatTaskGraphSolver());
    }
}
