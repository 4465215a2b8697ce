package org.sched4j.localsearch.taskgraph;

import java.util.List;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverProvider;

/** Offers the task-graph solvers of this module: {@code lahc}. */
public final class TaskGraphLocalSearchProvider implements SolverProvider {

    @Override
    public List<Solver<?, ?>> solvers() {
        return List.of(new TaskGraphLocalSearchSolver());
    }
}
